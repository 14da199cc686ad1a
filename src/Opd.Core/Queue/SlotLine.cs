using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Messages;
using Opd.Core.Tokens;
using Opd.Core.Waitlist;

namespace Opd.Core.Queue;

/// <summary>
/// Keeps a slot's counters true when a token leaves its waiting line: served, missed, cancelled
/// or moved away. A cancelled or missed token also gives up its place, which in an upcoming slot
/// goes straight to the first patient on the doctor's waitlist (in queue order), who is told by
/// message, all in the caller's transaction. Lock order everywhere: token, then its slot, then the waitlist.
/// </summary>
internal static class SlotLine
{
    /// <summary>1-based index into slots.waiting_by_class.</summary>
    public static int ClassIndex(TokenSource source, TokenPriority priority) => (int)QueueOrder.ClassOf(source, priority) + 1;

    public static async Task Leave(OpdDbContext db, Token token, TokenStatus to, ClinicClock clock, Outbox outbox, CancellationToken ct)
    {
        if (token.SlotId is not { } slotId)
        {
            if (to is TokenStatus.Cancelled or TokenStatus.NoShow)
                await db.DepartmentDays.Where(d => d.DepartmentCode == token.DepartmentCode && d.Date == token.BookingDate)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.BookedCount, d => d.BookedCount - 1), ct);
            return;
        }

        var mine = ClassIndex(token.Source, token.Priority);
        var seen = to is TokenStatus.Completed or TokenStatus.NoShow ? 1 : 0;
        var walkIn = token.Source == TokenSource.WalkIn ? 1 : 0;
        if (to == TokenStatus.Completed)
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE slots SET waiting_by_class[{mine}] = waiting_by_class[{mine}] - 1, seen_count = seen_count + 1 WHERE id = {slotId}
                """, ct);
            return;
        }

        var now = clock.UtcNow;
        var slot = await db.Slots.FromSql($"SELECT * FROM slots WHERE id = {slotId} FOR UPDATE").AsNoTracking().SingleAsync(ct);
        var promoted = slot.EndTime > now && !slot.IsClosed ? await NextWaiting(db, token.DoctorId!.Value, slotId, ct) : null;
        if (promoted is null)
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE slots SET waiting_by_class[{mine}] = waiting_by_class[{mine}] - 1, seen_count = seen_count + {seen},
                                 booked_count = booked_count - 1, walk_in_count = walk_in_count - {walkIn}
                 WHERE id = {slotId}
                """, ct);
            return;
        }

        // The place changes hands: the count stays, the promoted patient gets the next number.
        // One class leaves the line and one joins it, possibly the same: added as a vector, since
        // two assignments to one array element in a single UPDATE would keep only the last.
        var change = new int[QueueOrder.ClassCount];
        change[mine - 1]--;
        change[ClassIndex(promoted.Source, promoted.Priority) - 1]++;
        var promotedWalkIn = promoted.Source == TokenSource.WalkIn ? 1 : 0;
        var number = (await db.Database.SqlQuery<int>($"""
            UPDATE slots SET waiting_by_class = ARRAY(SELECT u.w + u.d FROM unnest(waiting_by_class, {change}::integer[])
                                                             WITH ORDINALITY AS u(w, d, i) ORDER BY u.i),
                             seen_count = seen_count + {seen}, last_token_number = last_token_number + 1,
                             walk_in_count = walk_in_count - {walkIn} + {promotedWalkIn}
             WHERE id = {slotId} RETURNING last_token_number AS "Value"
            """).ToListAsync(ct)).Single();
        var local = clock.InClinic(slot.StartTime).DateTime;
        var spec = new NewToken(token.DepartmentCode, token.DoctorName, token.DoctorId, promoted.PatientName, promoted.PatientPhone,
            promoted.PatientAge, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), promoted.Priority, promoted.Priority,
            promoted.Source, null, "Promoted from the waitlist");
        var newToken = Token.Booked(spec, Guid.NewGuid(), number, 0, await PatientOf(db, promoted, now, ct), slotId, Actor.System, now);
        db.Tokens.Add(newToken);
        promoted.Status = WaitlistStatus.Promoted;
        promoted.TokenId = newToken.Id;
        promoted.PromotedAt = now;
        await db.SaveChangesAsync(ct);
        await outbox.WriteAbout(db, MessageKinds.WaitlistPlace, [newToken.Id], now, ct);
    }

    /// <summary>
    /// The reverse of <see cref="Leave"/> for an undo: the token waits again. A missed patient needs
    /// their place back, which they get only if the slot still has room (the waitlist may have taken it).
    /// </summary>
    public static async Task<bool> Return(OpdDbContext db, Token token, TokenStatus from, CancellationToken ct)
    {
        if (token.SlotId is not { } slotId)
        {
            if (from is TokenStatus.Cancelled or TokenStatus.NoShow)
                await db.DepartmentDays.Where(d => d.DepartmentCode == token.DepartmentCode && d.Date == token.BookingDate)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.BookedCount, d => d.BookedCount + 1), ct);
            return true;
        }
        var mine = ClassIndex(token.Source, token.Priority);
        if (from == TokenStatus.Completed)
            return await db.Database.ExecuteSqlAsync($"""
                UPDATE slots SET waiting_by_class[{mine}] = waiting_by_class[{mine}] + 1, seen_count = seen_count - 1 WHERE id = {slotId}
                """, ct) == 1;
        var emergency = token.Source == TokenSource.Emergency;
        var walkIn = token.Source == TokenSource.WalkIn ? 1 : 0;
        var seen = from == TokenStatus.NoShow ? 1 : 0;
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE slots SET waiting_by_class[{mine}] = waiting_by_class[{mine}] + 1, seen_count = seen_count - {seen},
                             booked_count = booked_count + 1, walk_in_count = walk_in_count + {walkIn}
             WHERE id = {slotId} AND ({emergency} OR booked_count < capacity)
            """, ct) == 1;
    }

    private const string LockWaitlist = $"SELECT * FROM waitlist WHERE doctor_id = {{0}} AND status = {StatusSql.Waitlisted} FOR UPDATE";

    /// <summary>The doctor's first waiting patient in queue order who has no token in this slot yet.</summary>
    private static async Task<WaitlistEntry?> NextWaiting(OpdDbContext db, int doctorId, int slotId, CancellationToken ct)
    {
        var waiting = await db.Waitlist.FromSqlRaw(LockWaitlist, doctorId)
            .ToListAsync(ct);
        if (waiting.Count == 0)
            return null;
        var holding = await db.Tokens.Where(t => t.SlotId == slotId && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
            .Select(t => t.PatientPhone).ToListAsync(ct);
        return WaitlistOrder.Sort(waiting.Where(w => !holding.Contains(w.PatientPhone))).FirstOrDefault();
    }

    private static async Task<int> PatientOf(OpdDbContext db, WaitlistEntry entry, DateTimeOffset now, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO patients (phone, name, age, created_at, updated_at) VALUES ({entry.PatientPhone}, {entry.PatientName}, {entry.PatientAge}, {now}, {now})
            ON CONFLICT (phone) DO UPDATE SET updated_at = excluded.updated_at
            RETURNING id AS "Value"
            """).ToListAsync(ct)).Single();
}
