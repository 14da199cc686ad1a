using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Patients;
using Opd.Core.Queue;
using Opd.Core.Scheduling;

namespace Opd.Core.Tokens;

/// <summary>
/// Book a token with a doctor: the first upcoming slot with room takes it, a full slot rolls over
/// to the next, and an emergency is always accepted (overbooking the slot).
/// </summary>
public static class BookSlotToken
{
    public sealed record Command(int DoctorId, string? PatientName, string? PatientPhone, string? Source, int? PatientAge = null, string? Symptoms = null);

    public sealed record Booked(Token Token, Slot Slot, Placement Placement);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
    {
        public async Task<Result<Booked>> Handle(Command c, Actor actor, CancellationToken ct)
        {
            var errors = new FieldErrors();
            if (PersonName.Validate(c.PatientName) is { } nameError)
                errors.Add("patient_name", nameError);
            if (!IndianMobile.TryNormalize(c.PatientPhone, out var phone))
                errors.Add("patient_phone", $"The phone number must be {IndianMobile.Rule}.");
            var source = TokenSource.Online;
            if (c.Source is not null && !TokenText.TryParseSource(c.Source, out source))
                errors.Add("source", "The source must be one of: ONLINE, WALK_IN, PRIORITY, FOLLOW_UP, EMERGENCY.");
            if (c.PatientAge is < 0 or > 150)
                errors.Add("patient_age", "The patient's age must be between 0 and 150 years.");
            if (c.Symptoms is { Length: > BookingRules.MaxTextLength })
                errors.Add("symptoms", $"The symptoms must be at most {BookingRules.MaxTextLength} characters.");
            if (errors.Any)
                return errors.ToError();
            if (!actor.IsStaff && source != TokenSource.Online)
                return new UnauthorizedError("Only staff can book walk-in, priority, follow-up or emergency tokens. Sign in with a staff key.");

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var doctor = await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == c.DoctorId, ct);
            if (doctor is null)
                return ManageDoctors.NotFound(c.DoctorId);
            if (!doctor.IsActive)
                return new ConflictError($"{doctor.Name} is not taking bookings.");

            var now = clock.UtcNow;
            var emergency = source == TokenSource.Emergency;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var patientId = await PatientRecords.Upsert(db, phone, c.PatientName!.Trim(), c.PatientAge, now, ct);
            var slot = await SlotAllocation.Take(db, doctor.Id, now, emergency, ct);
            if (slot is null)
                return await NoRoom(db, doctor, now, ct);

            var spec = new NewToken(doctor.DepartmentCode, doctor.Name, doctor.Id, c.PatientName.Trim(), phone, c.PatientAge,
                clock.DateOf(slot.StartTime), TimeOnly.FromDateTime(clock.InClinic(slot.StartTime).DateTime),
                PriorityOf(source), PriorityOf(source), source,
                string.IsNullOrWhiteSpace(c.Symptoms) ? null : c.Symptoms.Trim(), null);
            var token = Token.Book(spec, slot.LastTokenNumber, patientId, slot.Id, actor, now);
            db.Tokens.Add(token);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_tokens_active_phone_slot" })
            {
                return new ConflictError(
                    $"The phone number {phone} already holds a token in {doctor.Name}'s slot at {clock.InClinic(slot.StartTime):yyyy-MM-dd HH:mm}.");
            }
            var placed = await db.Tokens.AsNoTracking().Where(t => t.SlotId == slot.Id && t.Status != TokenStatus.Cancelled).ToListAsync(ct);
            var placement = SlotEstimates.Place(slot, placed, doctor.DelayOn(clock.DateOf(slot.StartTime))).Single(p => p.Token.Id == token.Id);
            return new Booked(token, slot, placement);
        }

        /// <summary>The priority a source implies, so that department views show slot tokens consistently.</summary>
        private static TokenPriority PriorityOf(TokenSource source) => source switch
        {
            TokenSource.Emergency => TokenPriority.Emergency,
            TokenSource.Priority => TokenPriority.High,
            _ => TokenPriority.Normal,
        };

        /// <summary>The 409 names the next date on which another doctor of the department still has room.</summary>
        private async Task<Error> NoRoom(OpdDbContext db, Doctor doctor, DateTimeOffset now, CancellationToken ct)
        {
            var next = await db.Slots.AsNoTracking()
                .Where(s => s.EndTime > now && !s.IsClosed && s.BookedCount < s.Capacity)
                .Join(db.Doctors.Where(d => d.IsActive && d.DepartmentCode == doctor.DepartmentCode && d.Id != doctor.Id),
                    s => s.DoctorId, d => d.Id, (s, d) => new { s.StartTime, d.Name })
                .OrderBy(x => x.StartTime)
                .FirstOrDefaultAsync(ct);
            var hasSlots = await db.Slots.AnyAsync(s => s.DoctorId == doctor.Id && s.EndTime > now && !s.IsClosed, ct);
            var what = hasSlots ? $"All upcoming slots of {doctor.Name} are full." : $"{doctor.Name} has no upcoming slots.";
            return new ConflictError(next is null
                ? $"{what} No other doctor of the department has room either."
                : $"{what} The next date with room is {clock.DateOf(next.StartTime):yyyy-MM-dd} ({next.Name}, from {clock.InClinic(next.StartTime):HH:mm}).");
        }
    }
}
