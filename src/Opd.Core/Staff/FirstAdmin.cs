using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>
/// Makes sure someone can sign in on a new installation: the first admin gets the key from
/// OPD_ADMIN_API_KEY, or a generated one that is shown once.
/// </summary>
public sealed class FirstAdmin(IDbContextFactory<OpdDbContext> dbFactory, ManageStaff staff, TimeProvider time)
{
    public const string Username = "admin";

    /// <returns>A newly generated key to show the operator once, or null when none was generated.</returns>
    public async Task<string?> Ensure(string? configuredKey, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var admin = await db.StaffUsers.FirstOrDefaultAsync(u => u.Username == Username, ct);
        var anyStaff = admin is not null || await db.StaffUsers.AnyAsync(ct);
        if (string.IsNullOrWhiteSpace(configuredKey) && anyStaff)
            return null;

        if (admin is null)
        {
            admin = new StaffUser { Username = Username, DisplayName = "Administrator", Roles = ["admin"], CreatedAt = time.GetUtcNow() };
            db.StaffUsers.Add(admin);
        }
        string? generated = null;
        if (string.IsNullOrWhiteSpace(configuredKey))
            staff.AddKey(db, admin, generated = ApiKey.Generate());
        else
        {
            var hash = ApiKey.HashOf(configuredKey.Trim());
            // A configured key that was revoked stays revoked: the variable cannot undo a revocation.
            if (!await db.ApiKeys.AnyAsync(k => k.Hash == hash, ct))
                staff.AddKey(db, admin, configuredKey.Trim());
        }
        await db.SaveChangesAsync(ct);
        return generated;
    }

    /// <summary>Gives the admin a sign-in password if it has none: OPD_ADMIN_PASSWORD, or a generated one to show once.</summary>
    public async Task<string?> EnsurePassword(string? configuredPassword, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var admin = await db.StaffUsers.FirstOrDefaultAsync(u => u.Username == Username, ct);
        if (admin is null || admin.PasswordHash is not null)
            return null;
        var password = string.IsNullOrWhiteSpace(configuredPassword) ? Passwords.Generate() : configuredPassword.Trim();
        if (Passwords.Validate(password) is { } problem)
            throw new InvalidOperationException($"OPD_ADMIN_PASSWORD: {problem}");
        admin.PasswordHash = Passwords.Hash(password);
        await db.SaveChangesAsync(ct);
        return string.IsNullOrWhiteSpace(configuredPassword) ? password : null;
    }
}
