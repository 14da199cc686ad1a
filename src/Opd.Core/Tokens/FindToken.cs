using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>
/// A patient who lost the token's link finds it again with three things only they know together:
/// the mobile number, the date and the token number.
/// </summary>
public sealed class FindToken(IDbContextFactory<OpdDbContext> dbFactory)
{
    public async Task<Result<Guid>> Handle(string? phone, DateOnly? date, int? number, CancellationToken ct)
    {
        var notFound = new NotFoundError("No token matches that mobile number, date and token number.");
        if (!IndianMobile.TryNormalize(phone, out var mobile) || date is null || number is null)
            return notFound;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await db.Tokens.AsNoTracking()
            .Where(t => t.PatientPhone == mobile && t.BookingDate == date && t.TokenNumber == number)
            .OrderByDescending(t => t.CreatedAt).Select(t => t.Id).Take(1).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : notFound;
    }
}
