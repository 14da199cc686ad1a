using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Patients;
using Opd.Core.Tokens;
using Opd.Core.Waitlist;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff;

/// <summary>
/// The registration counter: a walk-in in a few keystrokes (phone first, returning patients filled
/// in, department or doctor, print the slip), today's list with search and status changes, and the waitlists.
/// </summary>
public sealed class DeskModel(FindPatient patients, BookToken.Handler bookDepartment, BookSlotToken.Handler bookSlot, DailyTokens.Handler daily,
    ChangeTokenStatus.Handler change, GetToken.Handler get, ManageDoctors doctors, ListDepartments.Handler departments, ManageWaitlist waitlist, ClinicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Age { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty] public string? Doctor { get; set; }
    [BindProperty] public string? Symptoms { get; set; }
    [BindProperty] public bool Emergency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public Patient? Returning { get; private set; }
    public Token? Registered { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<Token> Today { get; private set; } = [];
    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<(Doctor Doctor, IReadOnlyList<WaitlistEntry> Entries)> Waitlists { get; private set; } = [];
    public ClinicClock Clock => clock;

    public async Task OnGet(Guid? registered, CancellationToken ct)
    {
        Returning = await patients.ByPhone(Phone, ct);
        (Name, Age) = (Returning?.Name, Returning?.Age?.ToString());
        await Load(ct);
        // A walk-in for a doctor whose slots today are full gets the next day with room: show that slip too.
        Registered = registered is { } id ? (await get.Handle(id, ct)).Value : null;
    }

    public async Task<IActionResult> OnPostRegister(CancellationToken ct)
    {
        var actor = User.ToActor();
        var age = int.TryParse(Age, out var years) ? years : (int?)null;
        Result<Token> booked;
        if (!PersonName.TryParse(Name, out var name, out var nameProblem))
            booked = ValidationError.For("patient_name", nameProblem);
        else if (!IndianMobile.TryParse(Phone, out var phone))
            booked = ValidationError.For("patient_phone", $"The phone number must be {IndianMobile.Rule}.");
        else if (int.TryParse(Doctor, out var doctorId))
        {
            var result = await bookSlot.Handle(new BookSlotToken.Command(doctorId, name, phone, Emergency ? TokenSource.Emergency : TokenSource.WalkIn, age, Symptoms), actor, ct);
            booked = result.Value is BookSlotToken.Booked b ? b.Token : result.Error ?? new ConflictError("Every slot is full.");
        }
        else if (age is null)
            booked = ValidationError.For("patient_age", "Please give the patient's age in years.");
        else
        {
            // Now, to the second: a walk-in registered this minute is never "already past".
            var now = clock.LocalNow;
            booked = await bookDepartment.Handle(new BookToken.Command(name, phone, age.Value, Department ?? "", DateOnly.FromDateTime(now),
                TimeOnly.FromDateTime(now), Symptoms: Symptoms, Priority: Emergency ? TokenPriority.Emergency : TokenPriority.Normal,
                Source: TokenSource.WalkIn), actor, ct);
        }
        if (booked.IsSuccess)
            return Redirect($"/staff/desk?registered={booked.Value!.Id}");
        Problem = booked.Error!.Detail;
        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStatus(Guid tokenId, string to, CancellationToken ct)
    {
        var result = TokenText.TryParseStatus(to, out var status)
            ? await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(tokenId), status, "At the registration desk"), User.ToActor(), ct)
            : ValidationError.For("to", "Choose a status from the list.");
        TempData[result.IsSuccess ? "Message" : "Error"] = result.IsSuccess ? $"Token {result.Value!.TokenNumber} is now {TokenText.Status(result.Value.Status)}." : result.Error!.Detail;
        return Redirect($"/staff/desk?q={Uri.EscapeDataString(Q ?? "")}&department={Uri.EscapeDataString(Department ?? "")}&status={Uri.EscapeDataString(Status ?? "")}");
    }

    public async Task<IActionResult> OnPostLeaveWaitlist(long entryId, CancellationToken ct)
    {
        var result = await waitlist.Cancel(entryId, ct);
        TempData[result.IsSuccess ? "Message" : "Error"] = result.IsSuccess ? $"{result.Value!.PatientName} left the waitlist." : result.Error!.Detail;
        return Redirect("/staff/desk");
    }

    private async Task Load(CancellationToken ct)
    {
        Departments = await departments.Handle(false, ct);
        Doctors = await doctors.List(null, includeInactive: false, ct);
        var tokens = (await daily.Handle(clock.Today, null, ct)).Value ?? [];
        var q = Q?.Trim();
        Today = tokens.Where(t => string.IsNullOrEmpty(q) || t.PatientName.Contains(q, StringComparison.OrdinalIgnoreCase) || t.PatientPhone.Contains(q)
                || t.TokenNumber.ToString() == q)
            .Where(t => string.IsNullOrEmpty(Department) || t.DepartmentCode == Department)
            .Where(t => string.IsNullOrEmpty(Status) || TokenText.Status(t.Status) == Status)
            .ToList();
        var waiting = await waitlist.AllWaiting(ct);
        Waitlists = Doctors.Where(d => waiting.ContainsKey(d.Id)).Select(d => (d, waiting[d.Id])).ToList();
    }
}
