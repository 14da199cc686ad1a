using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>
/// Username and password sign-in for the staff pages. Wrong attempts slow down the address that
/// makes them, for that username (<see cref="SignInThrottle"/>), with growing waits instead of a
/// lockout. Unknown users, users without a password and deactivated users get the same answer as a
/// wrong password, after the same hashing work.
/// </summary>
public sealed class SignIn(IDbContextFactory<OpdDbContext> dbFactory, NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>A signed-in staff member and the stamp their session must keep matching.</summary>
    public sealed record Session(Actor Actor, string SecurityStamp);

    /// <summary>The address must wait before this username may be tried again from it.</summary>
    public sealed record Throttled(TimeSpan RetryAfter) : Error(
        $"Too many wrong passwords for this username from your address. Try again in {Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds))} seconds.");

    public static readonly UnauthorizedError Wrong = new("The username or password is not right.");

    public async Task<Result<Session>> Handle(string? username, string? password, string clientAddress, CancellationToken ct)
    {
        var name = username?.Trim().ToLowerInvariant() ?? "";
        if (name.Length is 0 or > 200 || string.IsNullOrEmpty(password) || password.Length > Passwords.MaxLength)
            return Wrong;
        var now = time.GetUtcNow();
        if (await TakeAttempt(clientAddress, name, now, ct) is { } wait)
            return new Throttled(wait);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Username == name, ct);
        if (user is not { IsActive: true, PasswordHash: not null })
        {
            Passwords.VerifyNothing(password);
            return Wrong;
        }
        if (!Passwords.Verify(password, user.PasswordHash))
            return Wrong;
        // Right: this address starts again from nothing for this username.
        await db.Database.ExecuteSqlAsync($"DELETE FROM sign_in_throttles WHERE client_address = {clientAddress} AND username = {name}", ct);
        return new Session(Actor.Staff(user.Username, user.ParsedRoles()) with { DisplayName = user.DisplayName }, user.SecurityStamp);
    }

    /// <returns>How long to wait when the pair is blocked; null when the attempt may go on.</returns>
    private async Task<TimeSpan?> TakeAttempt(string address, string name, DateTimeOffset now, CancellationToken ct)
    {
        await using (var take = dataSource.CreateCommand(SignInThrottle.TakeAttempt))
        {
            SignInThrottle.AddParameters(take.Parameters, address, name, now);
            if (await take.ExecuteScalarAsync(ct) is not null)
                return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var until = await db.SignInThrottles.Where(t => t.ClientAddress == address && t.Username == name)
            .Select(t => t.BlockedUntil).FirstOrDefaultAsync(ct);
        return until is { } u && u > now ? u - now : SignInThrottle.FirstDelay;
    }
}
