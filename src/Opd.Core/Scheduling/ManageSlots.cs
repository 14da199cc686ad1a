using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;

namespace Opd.Core.Scheduling;

/// <summary>Slots one by one: created with their rules checked, listed per doctor.</summary>
public sealed class ManageSlots(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    /// <summary>A slot's times as instants; the caller reads them (naive times mean clinic time, see <see cref="ClinicDateTime"/>).</summary>
    public sealed record Fields(DateTimeOffset? StartTime, DateTimeOffset? EndTime, int? Capacity, int? WalkInReserved = null, int? WalkInReleaseMinutes = null);

    /// <summary>The rules of a slot, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(Fields f, FieldErrors errors)
    {
        var (start, end) = (f.StartTime, f.EndTime);
        if (start is null)
            errors.Add("start_time", $"Give the start time: {ClinicDateTime.Rule}.");
        if (end is null)
            errors.Add("end_time", "Give the end time, for example 2026-01-29T12:00:00.");
        else if (start is not null && end <= start)
            errors.Add("end_time", "The end time must be after the start time.");
        else if (start is not null && end - start > TimeSpan.FromHours(24))
            errors.Add("end_time", "A slot can last at most 24 hours.");
        if (f.Capacity is null or < 1 or > Slot.MaxCapacity)
            errors.Add("capacity", $"The capacity must be between 1 and {Slot.MaxCapacity} tokens.");
        Quota.Check(f.WalkInReserved, f.WalkInReleaseMinutes, f.Capacity, errors);
    }

    public async Task<Result<Slot>> Create(int doctorId, Fields f, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(f, errors);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
            return ManageDoctors.NotFound(doctorId);
        var slot = new Slot
        {
            DoctorId = doctorId,
            StartTime = f.StartTime!.Value.ToUniversalTime(),
            EndTime = f.EndTime!.Value.ToUniversalTime(),
            Capacity = f.Capacity!.Value,
            WalkInReserved = f.WalkInReserved ?? 0,
            WalkInReleaseMinutes = f.WalkInReleaseMinutes ?? 0,
            CreatedAt = clock.UtcNow,
        };
        db.Slots.Add(slot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            return new ConflictError(
                $"The doctor already has a slot that overlaps {clock.InClinic(slot.StartTime):yyyy-MM-dd HH:mm}–{clock.InClinic(slot.EndTime):HH:mm}.");
        }
        return slot;
    }

    /// <summary>A doctor's slots from a clinic date on (default: today), in time order.</summary>
    public async Task<Result<IReadOnlyList<Slot>>> List(int doctorId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
            return ManageDoctors.NotFound(doctorId);
        var since = clock.StartOf(from ?? clock.Today);
        var slots = db.Slots.AsNoTracking().Where(s => s.DoctorId == doctorId && s.EndTime > since);
        if (to is { } last)
        {
            var until = clock.StartOf(last.AddDays(1));
            slots = slots.Where(s => s.StartTime < until);
        }
        return await slots.OrderBy(s => s.StartTime).Take(1000).ToListAsync(ct);
    }
}
