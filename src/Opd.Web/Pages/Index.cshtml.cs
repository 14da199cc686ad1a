using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;

namespace Opd.Web.Pages;

public sealed class IndexModel(ListDepartments.Handler departments, ClinicClock clock) : PageModel
{
    public DateOnly Today => clock.Today;

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Departments = await departments.Handle(false, ct);
}
