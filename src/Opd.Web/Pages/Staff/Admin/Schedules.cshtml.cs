using Microsoft.AspNetCore.Mvc;
using Opd.Core.Common;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;

namespace Opd.Web.Pages.Staff.Admin;

public sealed class SchedulesModel(ManageDoctors doctors, ManageSchedules schedules, ManageSlots slots, ClinicClock clock) : AdminPage
{
    [BindProperty(SupportsGet = true)] public int? Doctor { get; set; }

    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public IReadOnlyList<Schedule> Schedules { get; private set; } = [];
    public IReadOnlyList<Slot> Slots { get; private set; } = [];
    public ClinicClock Clock => clock;

    public async Task OnGet(CancellationToken ct)
    {
        Doctors = await doctors.List(null, includeInactive: false, ct);
        if (Doctor is not { } id)
            return;
        Schedules = (await schedules.List(id, ct)).Value ?? [];
        Slots = (await slots.List(id, clock.Today, clock.Today.AddDays(13), ct)).Value ?? [];
    }

    public async Task<IActionResult> OnPostCreate(string[] weekdays, string? start, string? end, int? minutes, int? capacity, int? walkIn, int? release,
        CancellationToken ct)
    {
        // The form's checkboxes carry day names; a time that does not read is left out and named as missing.
        var days = weekdays.Select(d => Weekdays.TryParse(d, out var day) ? (DayOfWeek?)day : null).OfType<DayOfWeek>().ToList();
        var fields = new ManageSchedules.Fields(days, Time(start), Time(end), minutes, capacity, walkIn, release);
        return Done(await schedules.Create(Doctor ?? 0, fields, ct), s => $"Schedule {s.Id} added. Generate its slots below.");
    }

    public async Task<IActionResult> OnPostGenerate(int schedule, string? from, string? to, CancellationToken ct) =>
        Done(await schedules.Generate(Doctor ?? 0, schedule, Parse(from), Parse(to), ct),
            g => $"{g.Created} slots created, {g.AlreadyThere} already there{(g.Skipped.Count > 0 ? $"; skipped: {string.Join(", ", g.Skipped)}" : "")}.");

    private static DateOnly? Parse(string? text) => WireFormats.TryDate(text, out var d) ? d : null;

    private static TimeOnly? Time(string? text) => WireFormats.TryTime(text, out var t) ? t : null;
}
