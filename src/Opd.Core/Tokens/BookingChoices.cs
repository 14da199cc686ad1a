using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Scheduling;

namespace Opd.Core.Tokens;

/// <summary>
/// What a patient can still choose: open dates, a doctor's slots with room, a department's times.
/// Only real room is offered; the booking itself still decides under the database's locks.
/// </summary>
public sealed class BookingChoices(IDbContextFactory<OpdDbContext> dbFactory, DepartmentDirectory departments, ClinicClock clock)
{
    public const int StepMinutes = 30;

    public sealed record SlotChoice(int SlotId, DateTimeOffset Start, DateTimeOffset End, int Free);

    public sealed record DoctorFree(int DoctorId, string DoctorName, IReadOnlyList<SlotChoice> Slots);

    /// <summary>A department's free times on a day: its doctors' slots with room, and its own token times while places are left.</summary>
    public sealed record DayFree(DateOnly Date, IReadOnlyList<DoctorFree> Doctors, int DepartmentPlacesLeft, IReadOnlyList<TimeOnly> DepartmentTimes);

    /// <summary>The next dates (at most <paramref name="count"/>) on which the department is open and no holiday closes the facility.</summary>
    public async Task<IReadOnlyList<DateOnly>> DepartmentDates(Department department, int count, CancellationToken ct)
    {
        var dates = new List<DateOnly>();
        for (var date = clock.Today; date <= clock.Today.AddDays(clock.MaxDaysAhead) && dates.Count < count; date = date.AddDays(1))
            if ((await DepartmentTimes(department, date, ct)).Count > 0)
                dates.Add(date);
        return dates;
    }

    /// <summary>Every half hour of the day's opening hours that has not passed, unless a holiday closes the day.</summary>
    public async Task<IReadOnlyList<TimeOnly>> DepartmentTimes(Department department, DateOnly date, CancellationToken ct)
    {
        if (date < clock.Today || await departments.HolidayOn(date, ct) is not null)
            return [];
        var times = new List<TimeOnly>();
        foreach (var hours in department.HoursOn(date.DayOfWeek))
            for (var minute = hours.OpensMinute; minute < hours.ClosesMinute; minute += StepMinutes)
            {
                // The booking rule's own measure of "passed": the current minute is still bookable.
                var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute));
                if (date > clock.Today || time >= clock.CurrentMinute)
                    times.Add(time);
            }
        return times;
    }

    /// <summary>How many department tokens can still be booked on the date.</summary>
    public async Task<int> DepartmentPlacesLeft(Department department, DateOnly date, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booked = await db.DepartmentDays.Where(d => d.DepartmentCode == department.Code && d.Date == date).Select(d => (int?)d.BookedCount).FirstOrDefaultAsync(ct) ?? 0;
        return Math.Max(0, department.DailyCapacity - booked);
    }

    public async Task<DayFree> FreeOn(Department department, DateOnly date, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var (from, to) = (clock.StartOf(date), clock.StartOf(date.AddDays(1)));
        var doctors = await db.Doctors.AsNoTracking().Where(d => d.IsActive && d.DepartmentCode == department.Code).OrderBy(d => d.Id).ToListAsync(ct);
        var ids = doctors.Select(d => d.Id).ToList();
        var slots = await db.Slots.AsNoTracking()
            .Where(s => ids.Contains(s.DoctorId) && !s.IsClosed && s.EndTime > now && s.StartTime >= from && s.StartTime < to)
            .OrderBy(s => s.StartTime).ToListAsync(ct);
        var free = doctors.Select(d => new DoctorFree(d.Id, d.Name, slots.Where(s => s.DoctorId == d.Id && s.RoomFor(walkIn: false, now) > 0)
            .Select(s => new SlotChoice(s.Id, clock.InClinic(s.StartTime), clock.InClinic(s.EndTime), s.RoomFor(walkIn: false, now))).ToList())).ToList();
        var left = await DepartmentPlacesLeft(department, date, ct);
        return new DayFree(date, free, left, left > 0 ? await DepartmentTimes(department, date, ct) : []);
    }

    /// <summary>The doctor's open slots that have not ended, from today to the booking horizon, with the places left for a patient booking online (or a walk-in).</summary>
    public async Task<IReadOnlyList<SlotChoice>> DoctorSlots(int doctorId, bool walkIn, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var horizon = clock.StartOf(clock.Today.AddDays(clock.MaxDaysAhead + 1));
        var slots = await db.Slots.AsNoTracking()
            .Where(s => s.DoctorId == doctorId && !s.IsClosed && s.EndTime > now && s.StartTime < horizon
                && db.Doctors.Any(d => d.Id == doctorId && d.IsActive))
            .OrderBy(s => s.StartTime).ToListAsync(ct);
        return slots.Select(s => new SlotChoice(s.Id, clock.InClinic(s.StartTime), clock.InClinic(s.EndTime), s.RoomFor(walkIn, now))).ToList();
    }
}
