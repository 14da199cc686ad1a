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
        var hours = Enum.GetValues<DayOfWeek>().Select(d => new UpdateDepartment.DayHours(d, opens.ElementAtOrDefault((int)d), closes.ElementAtOrDefault((int)d))).ToList();
        var result = await update.Handle(new UpdateDepartment.Command(code, capacity, active, nameOdia, nameHindi, hours), ct);
        return Done(result, d => $"{d.Name} saved.");
    }
}
