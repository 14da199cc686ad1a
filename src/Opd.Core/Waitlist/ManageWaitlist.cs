using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;

namespace Opd.Core.Waitlist;

/// <summary>Staff view a doctor's waitlist and take people off it.</summary>
public sealed class ManageWaitlist(IDbContextFactory<OpdDbContext> dbFactory)
{
    public async Task<Result<IReadOnlyList<WaitlistEntry>>> Waiting(int doctorId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
            return ManageDoctors.NotFound(doctorId);
        var waiting = await db.Waitlist.AsNoTracking().Where(w => w.DoctorId == doctorId && w.Status == WaitlistStatus.Waiting).ToListAsync(ct);
        return WaitlistOrder.Sort(waiting).ToList();
    }

    /// <summary>Everyone waiting for a place, per doctor in the order places will be offered: one query for the desk.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<WaitlistEntry>>> AllWaiting(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = await db.Waitlist.AsNoTracking().Where(w => w.Status == WaitlistStatus.Waiting).ToListAsync(ct);
        return waiting.GroupBy(w => w.DoctorId).ToDictionary(g => g.Key, g => (IReadOnlyList<WaitlistEntry>)WaitlistOrder.Sort(g).ToList());
    }

    public async Task<Result<WaitlistEntry>> Cancel(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Conditional, so that a promotion happening at the same moment is never overwritten.
        var changed = await db.Waitlist.Where(w => w.Id == id && w.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WaitlistStatus.Cancelled), ct);
        var entry = await db.Waitlist.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (entry is null)
            return new NotFoundError($"No waitlist entry {id} was found.");
        if (changed == 0)
            return new ConflictError($"Waitlist entry {id} is {entry.Status.ToString().ToLowerInvariant()} and cannot be cancelled.");
        return entry;
    }
}
