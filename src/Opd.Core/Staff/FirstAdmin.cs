using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>
/// Makes sure someone can sign in on a new installation: the first admin gets the key from
/// OPD_ADMIN_API_KEY, or a generated one that is written once to an owner-only file.
/// </summary>
public sealed class FirstAdmin(IDbContextFactory<OpdDbContext> dbFactory, ManageStaff staff, TimeProvider time)
{
    public const string Username = "admin";

    /// <summary>A chosen key must be as hard to guess as a generated one is (256 random bits, 47 characters).</summary>
    public const int MinKeyLength = 32;

    /// <summary>What is wrong with the chosen OPD_ADMIN_API_KEY and OPD_ADMIN_PASSWORD, or null.</summary>
    public static string? CheckSettings(string? configuredKey, string? configuredPassword)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey) && configuredKey.Trim().Length < MinKeyLength)
            return $"OPD_ADMIN_API_KEY must be at least {MinKeyLength} characters long (or unset, to have one generated).";
        if (!string.IsNullOrWhiteSpace(configuredPassword) && Passwords.Validate(configuredPassword.Trim()) is { } problem)
            return $"OPD_ADMIN_PASSWORD: {problem}";
        return null;
    }

    /// <returns>A newly generated key to show the operator once, or null when none was generated.</returns>
    public async Task<string?> Ensure(string? configuredKey, CancellationToken ct)
    {
        if (CheckSettings(configuredKey, null) is { } badKey)
            throw new InvalidOperationException(badKey);
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
        if (CheckSettings(null, configuredPassword) is { } problem)
            throw new InvalidOperationException(problem);
        var password = string.IsNullOrWhiteSpace(configuredPassword) ? Passwords.Generate() : configuredPassword.Trim();
        admin.PasswordHash = Passwords.Hash(password);
        await db.SaveChangesAsync(ct);
        return string.IsNullOrWhiteSpace(configuredPassword) ? password : null;
    }
}

/// <summary>The chosen first-admin secrets, held only to be checked at start-up.</summary>
public sealed class FirstAdminSettings
{
    public string? ApiKey { get; set; }
    public string? Password { get; set; }
}
