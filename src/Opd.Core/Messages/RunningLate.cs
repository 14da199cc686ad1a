using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Messages;

/// <summary>"The doctor is running late": told to the patients still waiting for that doctor today, once each.</summary>
internal static class RunningLate
{
    /// <summary>In the caller's transaction, so the delay and its messages commit together.</summary>
    public static async Task Tell(OpdDbContext db, Outbox outbox, int doctorId, DateOnly today, int minutes, DateTimeOffset now, CancellationToken ct)
    {
        if (minutes <= outbox.Settings.RunningLateMinutes)
            return;
        var waiting = await db.Tokens.Where(t => t.DoctorId == doctorId && t.BookingDate == today && t.CalledAt == null
            && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed)).Select(t => t.Id).ToListAsync(ct);
        // Worth reading until the patient's time has moved by the delay.
        await outbox.WriteAbout(db, MessageKinds.RunningLate, waiting, now, ct, atLeast: TimeSpan.FromMinutes(Math.Max(10, minutes)), delay: minutes);
    }
}
