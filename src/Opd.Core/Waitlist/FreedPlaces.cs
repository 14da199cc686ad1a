using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Waitlist;

/// <summary>
/// What happens to the place of a token that was cancelled or missed, inside the same
/// transaction: in an upcoming slot it goes straight to the first patient on the doctor's
/// waitlist (in queue order); otherwise it is given back to the slot or the department's day.
/// </summary>
internal static class FreedPlaces
{
    public static async Task Release(OpdDbContext db, Token token, ClinicClock clock, CancellationToken ct)
    {
        if (token.SlotId is not { } slotId)
        {
            await db.DepartmentDays.Where(d => d.DepartmentCode == token.DepartmentCode && d.Date == token.BookingDate)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.BookedCount, d => d.BookedCount - 1), ct);
            return;
        }

        // Lock order everywhere: token, then its slot, then the doctor's waitlist.
        var walkIn = token.Source == TokenSource.WalkIn ? 1 : 0;
        var now = clock.UtcNow;
        var slot = await db.Slots.FromSql($"SELECT * FROM slots WHERE id = {slotId} FOR UPDATE").AsNoTracking().SingleAsync(ct);
        var promoted = slot.EndTime > now && !slot.IsClosed ? await NextWaiting(db, token.DoctorId!.Value, slotId, ct) : null;
        if (promoted is null)
        {
            await db.Slots.Where(s => s.Id == slotId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.BookedCount, x => x.BookedCount - 1)
                .SetProperty(x => x.WalkInCount, x => x.WalkInCount - walkIn), ct);
            return;
        }

        // The place changes hands: the count stays, the promoted patient gets the next number.
        var promotedWalkIn = promoted.Source == TokenSource.WalkIn ? 1 : 0;
        var number = await db.Database.SqlQuery<int>($"""
            UPDATE slots SET last_token_number = last_token_number + 1, walk_in_count = walk_in_count - {walkIn} + {promotedWalkIn}
             WHERE id = {slotId} RETURNING last_token_number AS "Value"
            """).ToListAsync(ct);
        var local = clock.InClinic(slot.StartTime).DateTime;
        var spec = new NewToken(token.DepartmentCode, token.DoctorName, token.DoctorId, promoted.PatientName, promoted.PatientPhone,
            promoted.PatientAge, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), promoted.Priority, promoted.Priority,
            promoted.Source, null, "Promoted from the waitlist");
        var newToken = Token.Booked(spec, Guid.NewGuid(), number.Single(), 0, await PatientOf(db, promoted, now, ct), slotId,
            Actor.System, now);
        db.Tokens.Add(newToken);
        promoted.Status = WaitlistStatus.Promoted;
        promoted.TokenId = newToken.Id;
        promoted.PromotedAt = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The doctor's first waiting patient in queue order who has no token in this slot yet.</summary>
    private static async Task<WaitlistEntry?> NextWaiting(OpdDbContext db, int doctorId, int slotId, CancellationToken ct)
    {
        var waiting = await db.Waitlist.FromSql($"SELECT * FROM waitlist WHERE doctor_id = {doctorId} AND status = 'Waiting' FOR UPDATE")
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
