using Microsoft.AspNetCore.Mvc;
using Opd.Core.Departments;

namespace Opd.Web.Pages.Staff.Admin;

public sealed class DepartmentsModel(ListDepartments.Handler list, UpdateDepartment.Handler update) : AdminPage
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Departments = await list.Handle(true, ct);

    public async Task<IActionResult> OnPost(string code, int? capacity, bool active, string? nameOdia, string? nameHindi, string[] opens, string[] closes,
        CancellationToken ct)
    {
        var hours = new List<UpdateDepartment.DayHours>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var (open, close) = (opens.ElementAtOrDefault((int)day), closes.ElementAtOrDefault((int)day));
            // A day with neither time is closed; a time that does not read is left out, so the day is named as incomplete.
            if (string.IsNullOrWhiteSpace(open) && string.IsNullOrWhiteSpace(close))
                continue;
            hours.Add(new UpdateDepartment.DayHours(day, Minute(open), Minute(close)));
        }
        var result = await update.Handle(new UpdateDepartment.Command(code, capacity, active, nameOdia, nameHindi, hours), ct);
        return Done(result, d => $"{d.Name} saved.");
    }

    private static int? Minute(string? text) => OpeningHours.TryParseMinute(text, out var minute) ? minute : null;
}
