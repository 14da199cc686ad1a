using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// The doctor's current slot (or, between slots, the next one) as a part of that day's line: the
/// doctor-slot API's queue. Positions and times are the line's own, so they match the board, the
/// console and the token page.
/// </summary>
public sealed class SlotQueue(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, IOptions<QueueOptions> options)
{
    /// <param name="Serving">The slot's patient in the room, if any (still booked, no longer waiting).</param>
    /// <param name="Waiting">The slot's waiting patients, at their places in the day's line.</param>
    public sealed record View(Doctor Doctor, Slot? Slot, Token? Serving, IReadOnlyList<Placed> Waiting, int DelayMinutes);

    public async Task<Result<View>> Handle(int doctorId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctor = await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == doctorId, ct);
        if (doctor is null)
            return ManageDoctors.NotFound(doctorId);
        var now = clock.UtcNow;
        var slot = await db.Slots.AsNoTracking()
            .Where(s => s.DoctorId == doctorId && s.EndTime > now && !s.IsClosed)
            .OrderBy(s => s.StartTime)
            .FirstOrDefaultAsync(ct);
        if (slot is null)
            return new View(doctor, null, null, [], doctor.DelayOn(clock.Today));

        var date = clock.DateOf(slot.StartTime);
        var line = await QueueLine.Load(db, new LineKey(doctorId, doctor.DepartmentCode, date), clock, options.Value, tracked: false, ct);
        // Department tokens that named this doctor for a time inside the slot wait in it too.
        bool InSlot(Token t) => t.SlotId == slot.Id
            || t.SlotId is null && clock.AtClinicTime(date.ToDateTime(t.BookingTime)) is var at && at >= slot.StartTime && at < slot.EndTime;
        var serving = line.Serving is { } s && InSlot(s) ? s : null;
        return new View(doctor, slot, serving, line.Waiting.Where(p => InSlot(p.Token)).ToList(), line.DelayMinutes);
    }
}
