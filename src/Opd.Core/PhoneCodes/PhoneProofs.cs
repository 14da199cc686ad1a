using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.PhoneCodes;

/// <summary>Reads a verification token back into the phone it proves, while it lasts.</summary>
public sealed class PhoneProofs(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    /// <summary>Longer than any token this server issues; anything else is not one.</summary>
    private const int MaxLength = 100;

    public async Task<IndianMobile?> PhoneOf(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxLength)
            return null;
        var hash = CodeHash.OfToken(token.Trim());
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phone = await db.PhoneVerifications.AsNoTracking()
            .Where(v => v.TokenHash == hash && v.ExpiresAt > now).Select(v => v.Phone).FirstOrDefaultAsync(ct);
        return IndianMobile.TryParse(phone, out var mobile) ? mobile : null;
    }
}
