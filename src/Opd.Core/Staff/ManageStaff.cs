using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>Staff users and their keys: create, issue, revoke, list. Used by the CLI and the admin API.</summary>
public sealed partial class ManageStaff(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time)
{
    public sealed record IssuedKey(Guid KeyId, string Username, string Secret, string Prefix);

    /// <summary>The rules of a new user, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(string? username, IReadOnlyCollection<StaffRole>? roles, FieldErrors errors)
    {
        if (!UsernamePattern().IsMatch(Username(username)))
            errors.Add("username", "The username must be 3–60 characters: lower-case letters, digits, '.', '-' or '_'.");
        if (roles is not { Count: > 0 })
            errors.Add("roles", StaffRoles.Rule);
    }

    public async Task<Result<IssuedKey>> CreateUser(string? username, string? displayName, IReadOnlyCollection<StaffRole> roles, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(username, roles, errors);
        var name = Username(username);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.StaffUsers.AnyAsync(u => u.Username == name, ct))
            return new ConflictError($"A staff user named '{name}' already exists.");
        var user = new StaffUser
        {
            Username = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            Roles = roles.Select(StaffRoles.Name).Distinct().ToList(),
            CreatedAt = time.GetUtcNow(),
        };
        db.StaffUsers.Add(user);
        var issued = AddKey(db, user, ApiKey.Generate());
        await db.SaveChangesAsync(ct);
        return issued;
    }

    public async Task<Result<IssuedKey>> IssueKey(string username, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Username == username.Trim().ToLower(), ct);
        if (user is null)
            return new NotFoundError($"No staff user named '{username}'.");
        var issued = AddKey(db, user, ApiKey.Generate());
        await db.SaveChangesAsync(ct);
        return issued;
    }

    /// <summary>Revokes a key by its id or by its prefix as shown in listings.</summary>
    public async Task<Result<ApiKey>> RevokeKey(string idOrPrefix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = Guid.TryParse(idOrPrefix, out var id)
            ? await db.ApiKeys.Where(k => k.Id == id).ToListAsync(ct)
            : await db.ApiKeys.Where(k => k.Prefix == idOrPrefix.Trim()).ToListAsync(ct);
        if (keys.Count == 0)
            return new NotFoundError($"No key matches '{idOrPrefix}'.");
        if (keys.Count > 1)
            return new ConflictError($"'{idOrPrefix}' matches {keys.Count} keys; use the key id.");
        var key = keys[0];
        if (key.RevokedAt is not null)
            return new ConflictError($"Key {key.Prefix}… was already revoked at {key.RevokedAt:u}.");
        key.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>Sets (or resets) the user's sign-in password and ends every session they have (sign-out everywhere).</summary>
    public async Task<Result<StaffUser>> SetPassword(string username, string? password, CancellationToken ct)
    {
        if (Passwords.Validate(password) is { } problem)
            return ValidationError.For("password", problem);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Username == username.Trim().ToLower(), ct);
        if (user is null)
            return new NotFoundError($"No staff user named '{username}'.");
        user.PasswordHash = Passwords.Hash(password!);
        user.RenewStamp();
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>
    /// Deactivates (or reactivates) a user. A deactivated user's keys stop working at once, their
    /// sessions end and they cannot sign in; nothing of theirs is deleted, so the audit trail keeps their name.
    /// </summary>
    public async Task<Result<StaffUser>> SetActive(string username, bool active, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Locking the active admins makes two admins deactivating each other at once take turns, so one stays.
        var admins = await db.StaffUsers.FromSql($"SELECT * FROM staff_users WHERE is_active AND 'admin' = ANY(roles) FOR UPDATE").ToListAsync(ct);
        var user = await db.StaffUsers.Include(u => u.Keys).FirstOrDefaultAsync(u => u.Username == username.Trim().ToLower(), ct);
        if (user is null)
            return new NotFoundError($"No staff user named '{username}'.");
        if (!active && admins.Count == 1 && admins[0].Id == user.Id)
            return new ConflictError($"'{user.Username}' is the last active admin; make another admin first.");
        user.IsActive = active;
        user.RenewStamp();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user;
    }

    public async Task<IReadOnlyList<StaffUser>> List(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StaffUsers.AsNoTracking().Include(u => u.Keys.OrderBy(k => k.CreatedAt))
            .OrderBy(u => u.Username).ToListAsync(ct);
    }

    internal IssuedKey AddKey(OpdDbContext db, StaffUser user, string secret)
    {
        var key = ApiKey.For(secret, user.Id, time.GetUtcNow());
        db.ApiKeys.Add(key);
        return new IssuedKey(key.Id, user.Username, secret, key.Prefix);
    }

    private static string Username(string? text) => text?.Trim().ToLowerInvariant() ?? "";

    [GeneratedRegex("^[a-z0-9._-]{3,60}$")]
    private static partial Regex UsernamePattern();
}
