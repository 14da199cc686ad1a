using Microsoft.AspNetCore.Mvc;
using Opd.Core.Departments;
using Opd.Core.Doctors;

namespace Opd.Web.Pages.Staff.Admin;

public sealed class DoctorsModel(ManageDoctors doctors, ListDepartments.Handler departments) : AdminPage
{
    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGet(CancellationToken ct)
    {
        Doctors = await doctors.List(null, includeInactive: true, ct);
        Departments = await departments.Handle(false, ct);
    }

    public async Task<IActionResult> OnPostCreate(string? name, string? code, string? specialization, string? department, string? room, CancellationToken ct) =>
        Done(await doctors.Create(new ManageDoctors.Fields(name, code, specialization, department, true, room), ct), d => $"{d.Name} added (id {d.Id}).");

    public async Task<IActionResult> OnPostUpdate(int id, string? name, string? room, bool active, CancellationToken ct) =>
        Done(await doctors.Update(id, new ManageDoctors.Fields(name, null, null, null, active, room ?? ""), ct), d => $"{d.Name} saved.");
}
