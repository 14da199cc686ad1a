using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Staff;

/// <summary>Turns a bearer key into the staff member who owns it, or nothing for an unknown or revoked key.</summary>
public sealed class AuthenticateApiKey(IDbContextFactory<OpdDbContext> dbFactory)
{
    public async Task<Actor?> Handle(string secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 200)
            return null;
        var hash = ApiKey.HashOf(secret.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null && k.StaffUser!.IsActive)
            .Select(k => k.StaffUser)
            .FirstOrDefaultAsync(ct);
        return user is null ? null : Actor.Staff(user.Username, user.ParsedRoles());
    }
}
