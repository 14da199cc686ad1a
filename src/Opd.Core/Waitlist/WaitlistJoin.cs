using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Waitlist;

internal static class WaitlistJoin
{
    /// <summary>Puts a patient whom no slot could take on the doctor's waitlist; one place in the line per phone, at most <paramref name="max"/> waiting.</summary>
    public static async Task<Result<(WaitlistEntry Entry, int Position)>> Join(
        IDbContextFactory<OpdDbContext> dbFactory, NewToken spec, Actor actor, DateTimeOffset now, int max, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Joins for one doctor take turns (in every server process) until commit, so the count below
        // cannot be passed by parallel joins.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('waitlist'), {spec.DoctorId!.Value})", ct);
        if (await db.Waitlist.CountAsync(w => w.DoctorId == spec.DoctorId && w.Status == WaitlistStatus.Waiting, ct) >= max)
            return new ConflictError($"Every slot is full and this doctor's waitlist is full too ({max} waiting). Please choose another doctor or day.", ConflictError.Full);
        var entry = new WaitlistEntry
        {
            DoctorId = spec.DoctorId!.Value, PatientName = spec.PatientName, PatientPhone = spec.PatientPhone, PatientAge = spec.PatientAge,
            Source = spec.Source, Priority = spec.Priority, Status = WaitlistStatus.Waiting, CreatedBy = actor.Name, CreatedAt = now,
        };
        db.Waitlist.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new ConflictError($"The phone number {spec.PatientPhone} is already on this doctor's waitlist.");
        }
        var waiting = await db.Waitlist.AsNoTracking().Where(w => w.DoctorId == entry.DoctorId && w.Status == WaitlistStatus.Waiting).ToListAsync(ct);
        return (entry, WaitlistOrder.Sort(waiting).ToList().FindIndex(w => w.Id == entry.Id) + 1);
    }
}
