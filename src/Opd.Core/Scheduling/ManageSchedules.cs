using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;

namespace Opd.Core.Scheduling;

/// <summary>Weekly schedule templates, and the slots generated from them (again and again without duplicates).</summary>
public sealed class ManageSchedules(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    public const int MaxDays = 366;

    /// <summary>A weekly pattern; times are clinic wall-clock times.</summary>
    public sealed record Fields(IReadOnlyList<DayOfWeek>? Weekdays, TimeOnly? StartTime, TimeOnly? EndTime, int? SlotMinutes, int? CapacityPerSlot,
        int? WalkInReserved = null, int? WalkInReleaseMinutes = null);

    public sealed record Generated(int Created, int AlreadyThere, IReadOnlyList<string> Skipped);

    /// <summary>The rules of a schedule, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(Fields f, FieldErrors errors)
    {
        if (f.Weekdays is not { Count: > 0 })
            errors.Add("weekdays", "Give at least one weekday, for example [\"mon\", \"wed\", \"fri\"].");
        var (start, end) = (f.StartTime, f.EndTime);
        if (start is null)
            errors.Add("start_time", "Give the start time as HH:MM (24-hour clock), for example 09:00.");
        if (end is null)
            errors.Add("end_time", "Give the end time as HH:MM (24-hour clock), for example 13:00.");
        else if (start is not null && end <= start)
            errors.Add("end_time", "The end time must be after the start time (a schedule cannot cross midnight).");
        if (f.SlotMinutes is null or < 5 or > 24 * 60)
            errors.Add("slot_minutes", "The slot length must be between 5 and 1440 minutes.");
        else if (start is not null && end is not null && (end.Value - start.Value).TotalMinutes < f.SlotMinutes)
            errors.Add("slot_minutes", "The slot length is longer than the day's hours.");
        if (f.CapacityPerSlot is null or < 1 or > Slot.MaxCapacity)
            errors.Add("capacity_per_slot", $"The capacity per slot must be between 1 and {Slot.MaxCapacity}.");
        Quota.Check(f.WalkInReserved, f.WalkInReleaseMinutes, f.CapacityPerSlot, errors);
    }

    /// <summary>The rules of a date range to generate, also run by the API's body.</summary>
    public static void CheckRange(DateOnly? from, DateOnly? to, FieldErrors errors)
    {
        if (from is null)
            errors.Add("date_from", "Give the first date, for example 2026-12-01.");
        if (to is null)
            errors.Add("date_to", "Give the last date, for example 2026-12-31.");
        else if (from is not null && to < from)
            errors.Add("date_to", "The last date must not be before the first.");
        else if (from is not null && to.Value.DayNumber - from.Value.DayNumber >= MaxDays)
            errors.Add("date_to", $"Generate at most {MaxDays} days at a time.");
    }

    public async Task<Result<Schedule>> Create(int doctorId, Fields f, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(f, errors);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
            return ManageDoctors.NotFound(doctorId);
        var schedule = new Schedule
        {
            DoctorId = doctorId, Weekdays = f.Weekdays!.Select(Weekdays.Iso).Distinct().Order().ToList(),
            StartTime = f.StartTime!.Value, EndTime = f.EndTime!.Value,
            SlotMinutes = f.SlotMinutes!.Value, CapacityPerSlot = f.CapacityPerSlot!.Value,
            WalkInReserved = f.WalkInReserved ?? 0, WalkInReleaseMinutes = f.WalkInReleaseMinutes ?? 0, CreatedAt = clock.UtcNow,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    public async Task<Result<IReadOnlyList<Schedule>>> List(int doctorId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
            return ManageDoctors.NotFound(doctorId);
        return await db.Schedules.AsNoTracking().Where(s => s.DoctorId == doctorId).OrderBy(s => s.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Creates the schedule's slots from one date to another. A slot that already exists with the
    /// same times is left alone, so generating twice changes nothing; one that would overlap a
    /// different existing slot is skipped and reported.
    /// </summary>
    public async Task<Result<Generated>> Generate(int doctorId, int scheduleId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var errors = new FieldErrors();
        CheckRange(from, to, errors);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scheduleId && s.DoctorId == doctorId, ct);
        if (schedule is null)
            return new NotFoundError($"Doctor {doctorId} has no schedule {scheduleId}.");
        var rangeStart = clock.StartOf(from!.Value);
        var rangeEnd = clock.StartOf(to!.Value.AddDays(1));
        var existing = await db.Slots.AsNoTracking()
            .Where(s => s.DoctorId == doctorId && s.EndTime > rangeStart && s.StartTime < rangeEnd)
            .Select(s => new { s.StartTime, s.EndTime }).ToListAsync(ct);

        var closures = await db.Closures.AsNoTracking()
            .Where(c => (c.DoctorId == null || c.DoctorId == doctorId) && c.DateTo >= from && c.DateFrom <= to).ToListAsync(ct);

        int created = 0, already = 0;
        var skipped = new List<string>();
        for (var date = from.Value; date <= to.Value; date = date.AddDays(1))
        {
            if (!schedule.RunsOn(date))
                continue;
            if (closures.FirstOrDefault(c => c.DateFrom <= date && date <= c.DateTo) is { } closure)
            {
                skipped.Add($"{date:yyyy-MM-dd}: {closure.Reason}");
                continue;
            }
            foreach (var (localStart, localEnd) in schedule.SlotsOn(date))
            {
                var start = clock.AtClinicTime(localStart).ToUniversalTime();
                var end = clock.AtClinicTime(localEnd).ToUniversalTime();
                if (existing.Any(e => e.StartTime == start && e.EndTime == end))
                    already++;
                else if (existing.Any(e => e.StartTime < end && start < e.EndTime))
                    skipped.Add($"{localStart:yyyy-MM-dd HH:mm}–{localEnd:HH:mm} overlaps an existing slot");
                else
                {
                    db.Slots.Add(new Slot
                    {
                        DoctorId = doctorId, StartTime = start, EndTime = end, Capacity = schedule.CapacityPerSlot,
                        WalkInReserved = schedule.WalkInReserved, WalkInReleaseMinutes = schedule.WalkInReleaseMinutes,
                        ScheduleId = schedule.Id, CreatedAt = clock.UtcNow,
                    });
                    created++;
                }
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            return new ConflictError("Slots of this doctor were changed at the same time; generate again.");
        }
        return new Generated(created, already, skipped);
    }
}
