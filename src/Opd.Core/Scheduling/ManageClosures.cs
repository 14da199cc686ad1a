using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Messages;
using Opd.Core.Queue;
using Opd.Core.Tokens;
using Opd.Core.Waitlist;

namespace Opd.Core.Scheduling;

/// <summary>
/// A doctor's leave or a facility holiday: the affected slots close, and each of their active
/// tokens moves to the doctor's next free slot, else to another doctor of the department that
/// day, else is cancelled with the reason. Everything happens in one transaction and is written
/// into the tokens' history, and each patient with a phone is told by message in the same transaction.
/// </summary>
public sealed class ManageClosures(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, DepartmentDirectory departments, IQueueEvents events,
    Outbox outbox)
{
    public sealed record Applied(Closure Closure, int SlotsClosed, int Moved, int Cancelled);

    /// <summary>The rules of a closure, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(DateOnly? from, DateOnly? to, string? reason, FieldErrors errors)
    {
        if (from is null)
            errors.Add("date_from", "Give the first date of the closure, for example 2026-12-24.");
        if (to is null)
            errors.Add("date_to", "Give the last date of the closure.");
        else if (from is not null && (to < from || to.Value.DayNumber - from.Value.DayNumber > 366))
            errors.Add("date_to", "The last date must be on or after the first, and at most a year later.");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 200)
            errors.Add("reason", "Give a reason of 1–200 characters; patients see it, for example \"Doctor on leave\".");
    }

    public async Task<Result<Applied>> Close(int? doctorId, DateOnly? from, DateOnly? to, string? reason, Actor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(from, to, reason, errors);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Doctor? doctor = null;
        if (doctorId is { } id && (doctor = await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct)) is null)
            return ManageDoctors.NotFound(id);

        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var closure = new Closure { DoctorId = doctorId, DateFrom = from!.Value, DateTo = to!.Value, Reason = reason!.Trim(), CreatedBy = actor.Name, CreatedAt = now };
        db.Closures.Add(closure);
        await db.SaveChangesAsync(ct);

        var (start, end) = (clock.StartOf(from.Value), clock.StartOf(to.Value.AddDays(1)));
        // A doctor id of -1 never matches, so a holiday (no doctor) takes every doctor's slots.
        var slots = await db.Slots.FromSql($"""
            SELECT * FROM slots WHERE ({doctorId ?? -1} = -1 OR doctor_id = {doctorId ?? -1}) AND start_time >= {start} AND start_time < {end}
               AND NOT is_closed ORDER BY start_time FOR UPDATE
            """).AsNoTracking().ToListAsync(ct);
        var slotIds = slots.Select(s => s.Id).ToList();
        await db.Slots.Where(s => slotIds.Contains(s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsClosed, true).SetProperty(x => x.ClosedReason, closure.Reason), ct);

        var tokens = await db.Tokens.Where(t => t.SlotId != null && slotIds.Contains(t.SlotId.Value)
                && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed)).ToListAsync(ct);
        List<Guid> moved = [], cancelled = [];
        var changed = tokens.Select(LineKey.Of).ToList();
        // The earliest appointments, and within a slot the most urgent patients, choose first.
        foreach (var token in Queue.QueueOrder.Sort(tokens).OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime))
        {
            var target = await TokenMoves.FindPlace(db, token, clock, now, ct);
            await TokenMoves.LeaveSlot(db, token, ct);
            if (target is not null)
            {
                var local = clock.InClinic(target.StartTime).DateTime;
                token.MoveTo(target.SlotId, target.DoctorId, target.DoctorName, target.Number, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local),
                    $"{closure.Reason}: moved from token {token.TokenNumber} on {token.BookingDate:yyyy-MM-dd} {token.BookingTime:HH:mm} " +
                    $"to token {target.Number} with {target.DoctorName} on {local:yyyy-MM-dd HH:mm}.", actor, now);
                moved.Add(token.Id);
                changed.Add(LineKey.Of(token));
            }
            else
            {
                token.ChangeStatus(TokenStatus.Cancelled, $"{closure.Reason}: no other slot had room, so the token was cancelled.", actor, now);
                cancelled.Add(token.Id);
            }
        }
        if (doctorId is null)
            cancelled.AddRange(await CancelDepartmentTokens(db, closure, changed, actor, now, ct));
        await db.SaveChangesAsync(ct);
        await outbox.WriteAbout(db, MessageKinds.ClosureMoved, moved, now, ct);
        await outbox.WriteAbout(db, MessageKinds.ClosureCancelled, cancelled, now, ct);
        await tx.CommitAsync(ct);
        outbox.Wake();
        departments.Invalidate();
        await events.LinesChanged(changed, clock.Today, ct);
        return new Applied(closure, slots.Count, moved.Count, cancelled.Count);
    }

    public async Task<IReadOnlyList<Closure>> List(DateOnly from, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Closures.AsNoTracking().Where(c => c.DateTo >= from).OrderBy(c => c.DateFrom).ToListAsync(ct);
    }

    /// <summary>On a facility holiday the department tokens of those days are cancelled too (their days are gone).</summary>
    private static async Task<IEnumerable<Guid>> CancelDepartmentTokens(OpdDbContext db, Closure closure, List<LineKey> changed, Actor actor, DateTimeOffset now,
        CancellationToken ct)
    {
        var tokens = await db.Tokens.Where(t => t.SlotId == null && t.BookingDate >= closure.DateFrom && t.BookingDate <= closure.DateTo
            && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed)).ToListAsync(ct);
        foreach (var token in tokens)
            token.ChangeStatus(TokenStatus.Cancelled, $"{closure.Reason}: the clinic is closed that day.", actor, now);
        changed.AddRange(tokens.Select(LineKey.Of));
        return tokens.Select(t => t.Id);
    }
}
