using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Messages;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Core.Waitlist;

namespace Opd.Core.Tokens;

/// <summary>
/// Book a token with a doctor: the first upcoming slot with room takes it, a full slot rolls over
/// to the next, and an emergency is always accepted (overbooking the slot).
/// </summary>
public static class BookSlotToken
{
    /// <param name="Waitlist">When every slot is full, join the doctor's waitlist instead of being refused.</param>
    /// <param name="SlotId">This slot only (a time the patient chose), instead of the first with room.</param>
    public sealed record Command(int DoctorId, PersonName PatientName, IndianMobile PatientPhone, TokenSource Source = TokenSource.Online,
        int? PatientAge = null, string? Symptoms = null, bool Waitlist = false, int? SlotId = null);

    public abstract record Outcome;

    /// <param name="Place">Where the token stands in its line, as the board, the console and the token page show it.</param>
    public sealed record Booked(Token Token, Slot Slot, Placed Place) : Outcome;

    public sealed record Waitlisted(WaitlistEntry Entry, int Position) : Outcome;

    public sealed class Handler(
        IDbContextFactory<OpdDbContext> dbFactory, NpgsqlDataSource dataSource, ClinicClock clock, IOptions<ClinicOptions> clinic, KeyedGate gate,
        ReadQueue read, IQueueEvents events, Outbox outbox, IOptions<PhoneCodes.BookingOptions> booking)
    {
        public async Task<Result<Outcome>> Handle(Command c, Actor actor, CancellationToken ct)
        {
            var errors = new FieldErrors();
            BookingRules.CheckAge(errors, c.PatientAge);
            BookingRules.CheckLength(errors, "symptoms", c.Symptoms, BookingRules.MaxTextLength);
            if (errors.Any)
                return errors.ToError();
            if (BookingRules.SourceRefused(actor, c.Source) is { } notAllowed)
                return notAllowed;
            if (BookingRules.UnverifiedPhone(actor, c.PatientPhone, booking.Value) is { } unverified)
                return unverified;

            var source = c.Source;
            var priority = PriorityOf(source);
            // The doctor's name, department and the slot's date are filled in by the statement.
            var spec = new NewToken("", null, c.DoctorId, c.PatientName.Text, c.PatientPhone.Number, c.PatientAge, default, default,
                priority, priority, source, string.IsNullOrWhiteSpace(c.Symptoms) ? null : c.Symptoms.Trim(), null);
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var booked = await TryBook(spec, c.SlotId, actor, ct);
                if (booked is { } done)
                    return done.IsSuccess ? await PlaceInLine(done.Value!, ct) : done.Error!;
                if (c.SlotId is { } chosen)
                {
                    if (await ChosenSlotRefusal(c.DoctorId, chosen, source, ct) is { } refused)
                        return refused;
                    continue;
                }
                var (refusal, full) = await WhyNot(c.DoctorId, source, ct);
                if (full && c.Waitlist)
                {
                    var joined = await WaitlistJoin.Join(dbFactory, spec, actor, clock.UtcNow, clinic.Value.MaxWaitlistPerDoctor, ct);
                    return joined.IsSuccess ? new Waitlisted(joined.Value.Entry, joined.Value.Position) : joined.Error!;
                }
                if (refusal is not null)
                    return refusal;
                // Room was left, so a parallel booking took the place we aimed at: try again.
            }
            return new ConflictError("This doctor's places are being taken very fast right now; please try again in a moment.");
        }

        /// <summary>
        /// Reads the token's line after the commit: the answer's position and time are the line's own
        /// (one estimate everywhere), and today's screens are told with the same read.
        /// </summary>
        private async Task<Booked> PlaceInLine(Booked booked, CancellationToken ct)
        {
            var key = LineKey.Of(booked.Token);
            var line = (await read.Line(key, ct)).Value!;
            if (key.Date == clock.Today)
                await events.LineChanged(line, ct);
            outbox.Wake();
            // Only a cancellation in the same instant takes the token out of the line again.
            return booked with { Place = line.Find(booked.Token.Id) ?? new Placed(booked.Token, line.Waiting.Count + 1, booked.Slot.StartTime, false) };
        }

        /// <summary>Why the chosen slot took no booking, or null when it still has room (a race was lost).</summary>
        private async Task<Error?> ChosenSlotRefusal(int doctorId, int slotId, TokenSource source, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var slot = await db.Slots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == slotId && s.DoctorId == doctorId, ct);
            if (slot is null)
                return new NotFoundError($"This doctor has no slot {slotId}.");
            var now = clock.UtcNow;
            if (slot.IsClosed || slot.EndTime <= now)
                return new ConflictError("That time is no longer open. Please choose another.");
            return await SlotRoom.Left(dataSource, doctorId, source, now, ct, slotId) ? null
                : new ConflictError($"The {clock.InClinic(slot.StartTime):HH:mm} slot is full. Please choose another time.", ConflictError.Full);
        }

        private async Task<Result<Booked>?> TryBook(NewToken spec, int? slotId, Actor actor, CancellationToken ct)
        {
            var id = Guid.NewGuid();
            var now = clock.UtcNow;
            using var turn = await gate.Enter($"doctor:{spec.DoctorId}", ct);
            await using var book = dataSource.CreateCommand(Sql);
            BookingSql.AddPatient(book.Parameters, spec, now);
            BookingSql.AddToken(book.Parameters, spec, id, actor);
            book.Parameters.AddWithValue("doctor", spec.DoctorId!.Value);
            book.Parameters.AddWithValue("slot", slotId ?? 0);
            SlotRoom.AddParameters(book.Parameters, spec.Source);
            book.Parameters.AddWithValue("class", SlotLine.ClassIndex(spec.Source, spec.Priority));
            book.Parameters.AddWithValue("zone", clinic.Value.TimeZone);
            book.Parameters.AddRange(outbox.Parameters(MessageKinds.BookingConfirmation, now));
            try
            {
                Slot slot;
                Token token;
                await using (var reader = await book.ExecuteReaderAsync(ct))
                {
                    if (!await reader.ReadAsync(ct))
                        return null;
                    slot = new Slot
                    {
                        Id = reader.GetInt32(0), DoctorId = spec.DoctorId.Value,
                        StartTime = reader.GetFieldValue<DateTimeOffset>(1), EndTime = reader.GetFieldValue<DateTimeOffset>(2),
                        Capacity = reader.GetInt32(3), LastTokenNumber = reader.GetInt32(4), BookedCount = reader.GetInt32(5),
                    };
                    var local = clock.InClinic(slot.StartTime);
                    var booked = spec with
                    {
                        Department = reader.GetString(9), DoctorName = reader.GetString(8),
                        Date = DateOnly.FromDateTime(local.DateTime), Time = TimeOnly.FromDateTime(local.DateTime),
                    };
                    token = Token.Booked(booked, id, slot.LastTokenNumber, reader.GetInt64(6), reader.GetInt32(7), slot.Id, actor, now);
                }
                // Placed in its line once the statement has committed (the reader is closed).
                return new Booked(token, slot, new Placed(token, 0, slot.StartTime, false));
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_tokens_active_phone_slot" })
            {
                // Names no token, so a stranger trying a number learns nothing more than that it is taken.
                return new ConflictError("This mobile number already has a token in this doctor's next slot with room.", ConflictError.Duplicate);
            }
        }

        /// <summary>Why nothing was booked (and whether because everything is full), or no error when the booking only lost a race.</summary>
        private async Task<(Error? Error, bool Full)> WhyNot(int doctorId, TokenSource source, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var doctor = await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == doctorId, ct);
            if (doctor is null)
                return (ManageDoctors.NotFound(doctorId), false);
            if (!doctor.IsActive)
                return (new ConflictError($"{doctor.Name} is not taking bookings."), false);
            var now = clock.UtcNow;
            if (await SlotRoom.Left(dataSource, doctorId, source, now, ct))
                return (null, false);
            var open = db.Slots.Where(s => s.DoctorId == doctorId && s.EndTime > now && !s.IsClosed);

            var next = await db.Slots.AsNoTracking()
                .Where(s => s.EndTime > now && !s.IsClosed && s.BookedCount < s.Capacity)
                .Join(db.Doctors.Where(d => d.IsActive && d.DepartmentCode == doctor.DepartmentCode && d.Id != doctor.Id),
                    s => s.DoctorId, d => d.Id, (s, d) => new { s.StartTime, d.Name })
                .OrderBy(x => x.StartTime)
                .FirstOrDefaultAsync(ct);
            var what = await open.AnyAsync(ct) ? $"All upcoming slots of {doctor.Name} are full." : $"{doctor.Name} has no upcoming slots.";
            return (new ConflictError(next is null
                ? $"{what} No other doctor of the department has room either."
                : $"{what} The next date with room is {clock.DateOf(next.StartTime):yyyy-MM-dd} ({next.Name}, from {clock.InClinic(next.StartTime):HH:mm}).", ConflictError.Full), true);
        }

        /// <summary>The priority a source implies, so that department views show slot tokens consistently.</summary>
        private static TokenPriority PriorityOf(TokenSource source) => source switch
        {
            TokenSource.Emergency => TokenPriority.Emergency,
            TokenSource.Priority => TokenPriority.High,
            _ => TokenPriority.Normal,
        };
    }

    /// <summary>
    /// One statement: patient record, a place in the first open slot with room, the token and its
    /// confirmation in the outbox. Why the place is safe under any concurrency: the UPDATE locks the
    /// chosen slot row until commit, and when it had to wait for another booking, PostgreSQL
    /// re-checks "booked_count &lt; capacity" on the row as that booking left it. A booking that
    /// loses the race updates nothing, inserts nothing and returns no row; the handler then sees
    /// room elsewhere and tries again. Nothing is decided from a value read earlier.
    /// </summary>
    private const string Sql = $"""
        WITH {BookingSql.PatientUpsert},
        chosen AS (
            SELECT s.id FROM slots s
             WHERE s.doctor_id = @doctor AND s.end_time > @now AND NOT s.is_closed AND {SlotRoom.Condition}
               AND (@slot = 0 OR s.id = @slot)
               AND EXISTS (SELECT 1 FROM doctors d WHERE d.id = @doctor AND d.is_active)
             ORDER BY s.start_time
             LIMIT 1
        ),
        slot AS (
            UPDATE slots s
               SET last_token_number = s.last_token_number + 1, booked_count = s.booked_count + 1,
                   walk_in_count = s.walk_in_count + CASE WHEN @walk_in THEN 1 ELSE 0 END,
                   waiting_by_class[@class] = s.waiting_by_class[@class] + 1
              FROM chosen
             WHERE s.id = chosen.id AND NOT s.is_closed AND {SlotRoom.Condition}
            RETURNING s.id, s.start_time, s.end_time, s.capacity, s.last_token_number, s.booked_count
        ),
        doctor AS (SELECT id, name, department_code FROM doctors WHERE id = @doctor),
        token AS (
            {BookingSql.TokenInsert}
            SELECT @id, slot.last_token_number, doctor.department_code, doctor.name, doctor.id, slot.id, patient.id, @name, @phone, @age,
                   (slot.start_time AT TIME ZONE @zone)::date, (slot.start_time AT TIME ZONE @zone)::time, {BookingSql.TokenValues}
              FROM slot, patient, doctor
            RETURNING appointment_id, patient_id, {MessageSql.TokenColumns}
        ),
        message AS ({MessageSql.InsertAboutToken})
        SELECT slot.id, slot.start_time, slot.end_time, slot.capacity, slot.last_token_number, slot.booked_count,
               token.appointment_id, token.patient_id, doctor.name, doctor.department_code
          FROM slot, token, doctor
        """;
}
