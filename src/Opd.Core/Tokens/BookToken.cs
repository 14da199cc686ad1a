using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Messages;
using Opd.Core.Queue;

namespace Opd.Core.Tokens;

/// <summary>Book a department token: check the rules in memory, then decide and store it in one statement.</summary>
public static class BookToken
{
    /// <param name="Priority">How urgent the patient says it is; only a staff booking is queued by it.</param>
    public sealed record Command(
        PersonName PatientName,
        IndianMobile PatientPhone,
        int PatientAge,
        string Department,
        DateOnly BookingDate,
        TimeOnly BookingTime,
        string? DoctorName = null,
        string? Symptoms = null,
        TokenPriority Priority = TokenPriority.Normal,
        string? Notes = null,
        TokenSource Source = TokenSource.Online);

    public sealed class Handler(
        IDbContextFactory<OpdDbContext> dbFactory, NpgsqlDataSource dataSource, DepartmentDirectory departments, ClinicClock clock, KeyedGate gate,
        IQueueEvents events, IOptions<ClinicOptions> clinic, Outbox outbox, IOptions<PhoneCodes.BookingOptions> booking)
    {
        public async Task<Result<Token>> Handle(Command command, Actor actor, CancellationToken ct)
        {
            if (BookingRules.UnverifiedPhone(actor, command.PatientPhone, booking.Value) is { } unverified)
                return unverified;
            var checkedRequest = await BookingRules.Check(command, actor, departments, dbFactory, clock, ct);
            if (!checkedRequest.IsSuccess)
                return checkedRequest.Error!;
            var (spec, department) = checkedRequest.Value!;

            var id = Guid.NewGuid();
            var now = clock.UtcNow;
            var exempt = spec.Priority == TokenPriority.Emergency || spec.Source == TokenSource.Emergency;
            var capacity = CounterShare.For(department.DailyCapacity, spec, actor, clock, clinic.Value);
            Token? token;
            try
            {
                using var turn = await gate.Enter($"department:{spec.Department}:{spec.Date:yyyy-MM-dd}", ct);
                token = await Store(spec, exempt ? null : capacity, id, actor, now, ct);
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_tokens_active_phone_date" })
            {
                return await DuplicatePhone(spec, actor, ct);
            }
            if (token is null)
                return new ConflictError(capacity < department.DailyCapacity
                    ? $"{department.Name} has no more online places on {spec.Date:yyyy-MM-dd}; the rest are kept for patients at the counter. Please choose another date."
                    : $"{department.Name} is fully booked on {spec.Date:yyyy-MM-dd} ({department.DailyCapacity} tokens). Please choose another date.", ConflictError.Full);
            // The statement has committed once its reader is closed; only then may screens read the line.
            await events.LinesChanged([LineKey.Of(token)], clock.Today, ct);
            outbox.Wake();
            return token;
        }

        /// <summary>The booked token, or null when the day is full (no capacity: an emergency is always taken).</summary>
        private async Task<Token?> Store(NewToken spec, int? capacity, Guid id, Actor actor, DateTimeOffset now, CancellationToken ct)
        {
            await using var statement = dataSource.CreateCommand(Sql);
            BookingSql.AddPatient(statement.Parameters, spec, now);
            BookingSql.AddToken(statement.Parameters, spec, id, actor);
            statement.Parameters.AddRange(DepartmentDayCounter.One(capacity));
            statement.Parameters.AddRange(outbox.Parameters(MessageKinds.BookingConfirmation, now));
            await using var reader = await statement.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? Token.Booked(spec, id, reader.GetInt32(1), reader.GetInt64(0), reader.GetInt32(2), null, actor, now)
                : null;
        }

        /// <summary>
        /// A caller who has not proven the phone is theirs learns only that it is taken that day,
        /// never which token or department holds it; the desk (staff) is told which, to help the patient.
        /// </summary>
        private async Task<ConflictError> DuplicatePhone(NewToken spec, Actor actor, CancellationToken ct)
        {
            var taken = $"This mobile number already has an active token on {spec.Date:yyyy-MM-dd}. Cancel that one first or choose another date.";
            if (!actor.IsStaff)
                return new ConflictError(taken, ConflictError.Duplicate);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var holder = await db.Tokens.AsNoTracking()
                .Where(t => t.PatientPhone == spec.PatientPhone && t.BookingDate == spec.Date && t.SlotId == null
                    && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
                .Select(t => new { t.TokenNumber, t.DepartmentCode })
                .FirstOrDefaultAsync(ct);
            return new ConflictError(holder is null ? taken
                : $"The phone number {spec.PatientPhone} already holds token {holder.TokenNumber} ({holder.DepartmentCode}) on {spec.Date:yyyy-MM-dd}. Cancel it first or choose another date.",
                ConflictError.Duplicate);
        }
    }

    /// <summary>
    /// One statement, so one round trip and one atomic step: the patient record, the department-day
    /// counter, the token and its confirmation in the outbox. The counter upsert (<see cref="DepartmentDayCounter.Upsert"/>)
    /// decides the capacity and the number under the row's lock; when the day is full, it returns no row and
    /// nothing else is inserted. The unique indexes on tokens stand behind it.
    /// </summary>
    private const string Sql = $"""
        WITH {BookingSql.PatientUpsert},
        counter AS ({DepartmentDayCounter.Upsert}),
        token AS (
            {BookingSql.TokenInsert}
            SELECT @id, counter.last_token_number, @department, @doctor_name, @doctor_id, NULL, patient.id, @name, @phone, @age,
                   @date, @time, {BookingSql.TokenValues}
              FROM counter, patient
            RETURNING appointment_id, patient_id, {MessageSql.TokenColumns}
        ),
        message AS ({MessageSql.InsertAboutToken})
        SELECT appointment_id, token_number, patient_id FROM token
        """;
}
