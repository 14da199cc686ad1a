using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>The doctor's current slot (or, between slots, the next one) with its waiting patients in queue order.</summary>
public static class DoctorQueue
{
    public sealed record View(Doctor Doctor, Slot? Slot, IReadOnlyList<Placement> Waiting, int DelayMinutes);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
    {
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
                return new View(doctor, null, [], doctor.DelayOn(clock.Today));

            // Department tokens that named this doctor for a time inside the slot wait in the same line.
            var (date, from, to) = (clock.DateOf(slot.StartTime), TimeOnly.FromDateTime(clock.InClinic(slot.StartTime).DateTime),
                TimeOnly.FromDateTime(clock.InClinic(slot.EndTime).DateTime));
            var tokens = await db.Tokens.AsNoTracking()
                .Where(t => t.Status != TokenStatus.Cancelled && (t.SlotId == slot.Id
                    || t.SlotId == null && t.DoctorId == doctorId && t.BookingDate == date && t.BookingTime >= from && (t.BookingTime < to || to <= from)))
                .ToListAsync(ct);
            var delay = doctor.DelayOn(clock.DateOf(slot.StartTime));
            var waiting = SlotEstimates.Place(slot, tokens, delay).Where(p => TokenStatusRules.IsActive(p.Token.Status)).ToList();
            return new View(doctor, slot, waiting, delay);
        }
    }
}
