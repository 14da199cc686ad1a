using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Waitlist;

internal static class WaitlistJoin
{
    /// <summary>Puts a patient whom no slot could take on the doctor's waitlist; one place in the line per phone.</summary>
    public static async Task<Result<(WaitlistEntry Entry, int Position)>> Join(
        IDbContextFactory<OpdDbContext> dbFactory, NewToken spec, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = new WaitlistEntry
        {
            DoctorId = spec.DoctorId!.Value, PatientName = spec.PatientName, PatientPhone = spec.PatientPhone, PatientAge = spec.PatientAge,
            Source = spec.Source, Priority = spec.Priority, Status = WaitlistStatus.Waiting, CreatedBy = actor.Name, CreatedAt = now,
        };
        db.Waitlist.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new ConflictError($"The phone number {spec.PatientPhone} is already on this doctor's waitlist.");
        }
        var waiting = await db.Waitlist.AsNoTracking().Where(w => w.DoctorId == entry.DoctorId && w.Status == WaitlistStatus.Waiting).ToListAsync(ct);
        return (entry, WaitlistOrder.Sort(waiting).ToList().FindIndex(w => w.Id == entry.Id) + 1);
    }
}
