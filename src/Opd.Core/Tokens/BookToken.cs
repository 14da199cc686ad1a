using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Patients;

namespace Opd.Core.Tokens;

/// <summary>Book a department token: validate, decide the number under the department-day lock, insert.</summary>
public static class BookToken
{
    public sealed record Command(
        string? PatientName,
        string? PatientPhone,
        int? PatientAge,
        string? Department,
        string? DoctorName,
        string? BookingDate,
        string? BookingTime,
        string? Symptoms,
        string? Priority,
        string? Notes,
        string? Source = null);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
    {
        /// <param name="inputErrors">Fields that could not even be read, to be reported with the rest.</param>
        public async Task<Result<Token>> Handle(Command command, Actor actor, CancellationToken ct, FieldErrors? inputErrors = null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var checkedRequest = await BookingRules.Check(command, actor, inputErrors, db, clock, ct);
            if (!checkedRequest.IsSuccess)
                return checkedRequest.Error!;
            var (spec, department) = checkedRequest.Value!;

            var holder = await db.Tokens.AsNoTracking()
                .Where(t => t.PatientPhone == spec.PatientPhone && t.BookingDate == spec.Date && t.SlotId == null
                    && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
                .Select(t => new { t.TokenNumber, t.DepartmentCode })
                .FirstOrDefaultAsync(ct);
            if (holder is not null)
                return DuplicatePhone(spec, holder.TokenNumber, holder.DepartmentCode);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var patientId = await PatientRecords.Upsert(db, spec.PatientPhone, spec.PatientName, spec.PatientAge, clock.UtcNow, ct);
            var exempt = spec.Priority == TokenPriority.Emergency || spec.Source == TokenSource.Emergency;
            var number = await NextNumber(db, spec, department.DailyCapacity, exempt, ct);
            if (number is null)
                return new ConflictError(
                    $"{department.Name} is fully booked on {spec.Date:yyyy-MM-dd} ({department.DailyCapacity} tokens). Please choose another date.");

            var token = Token.Book(spec, number.Value, patientId, null, actor, clock.UtcNow);
            db.Tokens.Add(token);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_tokens_active_phone_date" })
            {
                // A parallel booking of the same phone won the race; the rollback also returns our number.
                return DuplicatePhone(spec, null, null);
            }
            return token;
        }

        /// <summary>
        /// Increments the department-day counter in one statement. The upsert takes the row lock
        /// that every booking of this department and date queues behind until commit, so the
        /// capacity check and the number can never be decided twice from the same state; a
        /// rollback releases the number again, so parallel bookings leave no gaps.
        /// </summary>
        private static Task<int?> NextNumber(OpdDbContext db, NewToken spec, int capacity, bool exempt, CancellationToken ct) =>
            RawSql.Scalar<int>(db, """
                INSERT INTO department_days (department_code, date, last_token_number, booked_count)
                SELECT @department, @date, 1, 1 WHERE @exempt OR @capacity >= 1
                ON CONFLICT (department_code, date) DO UPDATE
                   SET last_token_number = department_days.last_token_number + 1,
                       booked_count = department_days.booked_count + 1
                 WHERE @exempt OR department_days.booked_count < @capacity
                RETURNING last_token_number
                """, ct, ("department", spec.Department), ("date", spec.Date), ("capacity", capacity), ("exempt", exempt));

        private static ConflictError DuplicatePhone(NewToken spec, int? number, string? department) =>
            new(number is null
                ? $"The phone number {spec.PatientPhone} already holds an active token on {spec.Date:yyyy-MM-dd}."
                : $"The phone number {spec.PatientPhone} already holds token {number} ({department}) on {spec.Date:yyyy-MM-dd}. Cancel it first or choose another date.");
    }
}
