using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// Marks as missed the patients still waiting after their session ended: a slot token
/// <paramref name="graceMinutes"/> after the slot's end, a department token once its day is over.
/// Each token goes through the normal status change (audit line, counters); each line's screens are told once.
/// </summary>
public sealed class CloseSessions(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, ChangeTokenStatus.Handler change,
    IQueueEvents events)
{
    public const int Batch = 500;

    public async Task<int> Handle(int graceMinutes, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var cutoff = now - TimeSpan.FromMinutes(graceMinutes);
        var dayOver = clock.DateOf(cutoff);
        List<Guid> overdue;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            overdue = await db.Tokens.AsNoTracking()
                .Where(t => (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed)
                    && (t.SlotId != null && db.Slots.Any(s => s.Id == t.SlotId && s.EndTime < cutoff)
                        || t.SlotId == null && t.BookingDate < dayOver))
                .OrderBy(t => t.BookingDate).Select(t => t.Id).Take(Batch).ToListAsync(ct);
        var changed = new List<LineKey>();
        foreach (var id in overdue)
        {
            var result = await change.Apply(new ChangeTokenStatus.Command(TokenRef.ById(id), TokenStatus.NoShow, "Not seen by the end of the session"), Actor.System, ct);
            if (result.IsSuccess)
                changed.Add(LineKey.Of(result.Value!));
        }
        // A session ends for many patients at once: each line's screens are told once, after all of them.
        await events.LinesChanged(changed, clock.Today, ct);
        return changed.Count;
    }
}
