using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>
/// Username and password sign-in for the staff pages. After <see cref="MaxFailures"/> wrong
/// passwords in a row the account is locked for <see cref="LockFor"/>, whatever is typed; the
/// answer never says whether the username exists.
/// </summary>
public sealed class SignIn(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    public async Task<Result<Actor>> Handle(string? username, string? password, CancellationToken ct)
    {
        var wrong = new UnauthorizedError("The username or password is not right.");
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password) || password.Length > Passwords.MaxLength)
            return wrong;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Username == username.Trim().ToLower(), ct);
        if (user is not { IsActive: true, PasswordHash: not null })
            return wrong;
        var now = time.GetUtcNow();
        if (user.LockedUntil > now)
            return new UnauthorizedError($"Too many wrong passwords: this account is locked until {user.LockedUntil:HH:mm} UTC. Ask an administrator if it is urgent.");
        if (!Passwords.Verify(password, user.PasswordHash))
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailures)
                (user.FailedSignIns, user.LockedUntil) = (0, now + LockFor);
            await db.SaveChangesAsync(ct);
            return wrong;
        }
        (user.FailedSignIns, user.LockedUntil) = (0, null);
        await db.SaveChangesAsync(ct);
        return Actor.Staff(user.Username, user.ParsedRoles()) with { DisplayName = user.DisplayName };
    }
}
