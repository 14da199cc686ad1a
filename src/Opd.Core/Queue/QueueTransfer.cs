using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// Sends a waiting patient of today to another doctor (their slot today with room) or to a
/// department's own line, with a new number there. The patient keeps their arrival time, so they
/// do not start waiting again from the back. Both lines are locked and both screens are told.
/// </summary>
public sealed class QueueTransfer(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, DepartmentDirectory departments, IQueueEvents events)
{
    public sealed record Command(Guid TokenId, int? DoctorId, string? Department, string? Note);

    public async Task<Result<Token>> Handle(Command command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsStaff)
            return new UnauthorizedError("Only staff can transfer a patient. Sign in with a staff key.");
        var errors = new FieldErrors();
        if ((command.DoctorId is null) == string.IsNullOrWhiteSpace(command.Department))
            errors.Add("doctor_id", "Name either the doctor (doctor_id) or the department to transfer to.");
        var department = command.Department?.Trim().ToLowerInvariant();
        if (department is not null && command.DoctorId is null && await departments.Find(department, ct) is not { IsActive: true })
            errors.Add("department", $"'{command.Department}' is not an open department.");
        if (command.Note is { Length: > BookingRules.MaxTextLength })
            errors.Add("note", $"The note must be at most {BookingRules.MaxTextLength} characters.");
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TokenId, ct);
        if (found is null)
            return ChangeTokenStatus.TokenNotFound(command.TokenId);
        var doctor = command.DoctorId is { } id ? await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        if (command.DoctorId is not null && doctor is not { IsActive: true })
            return new NotFoundError($"No active doctor with id {command.DoctorId} was found.");
        var today = clock.Today;
        var from = LineKey.Of(found);
        var to = new LineKey(doctor?.Id, doctor?.DepartmentCode ?? department!, today);
        if (from.Id == to.Id)
            return ValidationError.For(doctor is null ? "department" : "doctor_id", "The patient is already in that line.");

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // Both lines, always in the same order, so two opposite transfers cannot wait for each other.
            foreach (var line in new[] { from.Id, to.Id }.Order(StringComparer.Ordinal))
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({line}))", ct);
            var token = await db.Tokens.FromSql($"SELECT * FROM tokens WHERE id = {command.TokenId} FOR UPDATE").SingleAsync(ct);
            if (!TokenStatusRules.IsActive(token.Status) || token.BookingDate != today)
                return new ConflictError($"Only a token waiting today can be transferred; token {token.TokenNumber} is {TokenText.Status(token.Status)} on {token.BookingDate:yyyy-MM-dd}.");
            var before = token.Snapshot();
            var now = clock.UtcNow;
            var note = $"Transferred to {(doctor is null ? department : doctor.Name)}";
            var staffNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();

            if (token.SlotId is not null)
                await TokenMoves.LeaveSlot(db, token, ct);
            else
                await db.DepartmentDays.Where(d => d.DepartmentCode == token.DepartmentCode && d.Date == token.BookingDate)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.BookedCount, d => d.BookedCount - 1), ct);

            if (doctor is not null)
            {
                var place = await TokenMoves.TakeWith(db, token, doctor.Id, now, clock.StartOf(today.AddDays(1)), ct);
                if (place is null)
                    return new ConflictError($"{doctor.Name} has no place left today.");
                var start = clock.InClinic(place.StartTime);
                token.TransferTo(doctor.DepartmentCode, doctor.Id, doctor.Name, place.SlotId, place.Number, today, TimeOnly.FromDateTime(start.DateTime), note, staffNote, actor, now);
            }
            else
            {
                // A transfer is staff sending a patient who is already here: the day's capacity does not stop it.
                var number = (await db.Database.SqlQueryRaw<int>(DepartmentDayCounter.NextNumber,
                    DepartmentDayCounter.For(department!, today, DepartmentDayCounter.One(capacity: null))).ToListAsync(ct)).Single();
                token.TransferTo(department!, null, null, null, number, today, TimeOnly.FromDateTime(clock.InClinic(now).DateTime), note, staffNote, actor, now);
            }
            db.QueueActions.Add(new QueueAction { Line = from.Id, Kind = QueueActionKind.Transfer, TokenId = token.Id, Before = [before], Actor = actor.Name, At = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return new ConflictError($"The patient already holds another active token in {department} today.");
            }
            await tx.CommitAsync(ct);
        }
        await events.LinesChanged([from, to], today, ct);
        return await db.Tokens.AsNoTracking().Include(t => t.Events).SingleAsync(t => t.Id == command.TokenId, ct);
    }
}
