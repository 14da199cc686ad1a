using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>
/// A mobile number's own tokens, for a caller who has proven the number (a verification, or staff):
/// the upcoming active ones, and cancelling one of them. Which phone is the caller's is decided
/// before this is called; here a token of another number is as absent as one that does not exist.
/// </summary>
public sealed class PhoneTokens(IDbContextFactory<OpdDbContext> dbFactory, ChangeTokenStatus.Handler change, ClinicClock clock)
{
    public const int MaxListed = 20;

    public async Task<List<Token>> Upcoming(IndianMobile phone, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today;
        return await db.Tokens.AsNoTracking()
            .Where(t => t.PatientPhone == phone.Number && t.BookingDate >= today && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
            .OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).ThenBy(t => t.TokenNumber).Take(MaxListed).ToListAsync(ct);
    }

    public async Task<Result<Token>> Cancel(IndianMobile phone, Guid tokenId, string? note, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Tokens.AnyAsync(t => t.Id == tokenId && t.PatientPhone == phone.Number, ct))
                return ChangeTokenStatus.TokenNotFound(tokenId);
        }
        return await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(tokenId), TokenStatus.Cancelled, note), Actor.PatientWith(phone.Number), ct);
    }
}
