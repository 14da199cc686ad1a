using Microsoft.AspNetCore.Mvc;
using Opd.Core.Common;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff.Admin;

public sealed class ClosuresModel(ManageClosures closures, ManageDoctors doctors, ClinicClock clock) : AdminPage
{
    public IReadOnlyList<Closure> Closures { get; private set; } = [];
    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGet(CancellationToken ct)
    {
        Closures = await closures.List(clock.Today, ct);
        Doctors = await doctors.List(null, includeInactive: true, ct);
    }

    /// <summary>Leave for a doctor, or a holiday for the whole facility when no doctor is chosen.</summary>
    public async Task<IActionResult> OnPost(int? doctor, string? from, string? to, string? reason, CancellationToken ct) =>
        Done(await closures.Close(doctor, Parse(from), Parse(to), reason, User.ToActor(), ct),
            a => $"Closed {a.SlotsClosed} slots; {a.Moved} tokens moved, {a.Cancelled} cancelled.");

    private static DateOnly? Parse(string? text) => WireFormats.TryDate(text, out var d) ? d : null;
}
