using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;
using Opd.Web.PhoneCodes;

namespace Opd.Web.Pages;

/// <summary>
/// Booking in steps, each a plain link or form so it works without JavaScript on a slow phone:
/// department → doctor (or any) → date → time or slot with room → details → the token page.
/// </summary>
public sealed class BookModel(
    ListDepartments.Handler list, DepartmentDirectory directory, ManageDoctors doctors, BookingChoices choices,
    BookToken.Handler bookDepartment, BookSlotToken.Handler bookSlot, ClinicClock clock, PhoneLimits phones, BookingPhoneCheck phoneCheck) : PageModel
{
    public const int DatesShown = 14;

    public enum Step { Department, Doctor, Date, Time, Details }

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    /// <summary>A doctor's id, or "any" for a department token.</summary>
    [BindProperty(SupportsGet = true)] public string? Doctor { get; set; }

    [BindProperty(SupportsGet = true)] public string? Date { get; set; }
    [BindProperty(SupportsGet = true)] public int? Slot { get; set; }
    [BindProperty(SupportsGet = true)] public string? Time { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Age { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Symptoms { get; set; }

    /// <summary>The code sent to the phone, when the clinic books only verified numbers.</summary>
    [BindProperty] public string? Code { get; set; }

    public bool AwaitingCode { get; private set; }

    public Step Current { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public Department? ChosenDepartment { get; private set; }
    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public Doctor? ChosenDoctor { get; private set; }
    public IReadOnlyList<DateOnly> Dates { get; private set; } = [];
    public IReadOnlyList<BookingChoices.SlotChoice> Slots { get; private set; } = [];
    public IReadOnlyList<TimeOnly> Times { get; private set; } = [];
    public int DepartmentPlacesLeft { get; private set; }
    public DateOnly? ChosenDate { get; private set; }
    private TimeOnly? ChosenTime => TimeOnly.TryParseExact(Time, "HH:mm", out var time) ? time : null;
    public DateOnly Today => clock.Today;

    /// <summary>Field → text key of the error to show, in the page's language.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGet(CancellationToken ct)
    {
        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        await Load(ct);
        if (Current != Step.Details)
            return Page();
        var age = int.TryParse(Age, out var years) ? years : (int?)null;
        if (!string.IsNullOrWhiteSpace(Age) && age is null)
            Errors["age"] = "err_age";
        if (!PersonName.TryParse(Name, out var name, out _))
            Errors["name"] = "err_name";
        if (!IndianMobile.TryParse(Phone, out var phone))
            Errors["phone"] = "err_phone";
        if (ChosenDoctor is null && age is null)
            Errors["age"] = "err_age";
        if (Errors.Count > 0)
            return Page();
        var (caller, codeProblem) = await phoneCheck.Check(phone, Code, Languages.Current(HttpContext).Code(), ct);
        if (caller is null)
        {
            (AwaitingCode, Code) = (true, null);
            if (codeProblem is not null)
                Errors["code"] = codeProblem;
            return Page();
        }
        using var lease = phones.Booking(phone);
        if (!lease.IsAcquired)
        {
            Errors["form"] = "err_too_many";
            return Page();
        }

        Result<Token> booked;
        if (ChosenDoctor is not null)
        {
            var result = await bookSlot.Handle(new BookSlotToken.Command(ChosenDoctor.Id, name, phone, TokenSource.Online, age, Symptoms, SlotId: Slot), caller, ct);
            booked = result.Value is BookSlotToken.Booked b ? b.Token : result.Error!;
        }
        else
            booked = await bookDepartment.Handle(new BookToken.Command(name, phone, age!.Value, ChosenDepartment!.Code, ChosenDate!.Value, ChosenTime!.Value,
                Symptoms: Symptoms), caller, ct);
        if (booked.IsSuccess)
            return Redirect($"/t/{booked.Value!.Id}");
        Explain(booked.Error!);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Departments = await list.Handle(false, ct);
        ChosenDepartment = Department is null ? null : Departments.FirstOrDefault(d => d.Code == Department);
        if (ChosenDepartment is null)
        {
            Current = Step.Department;
            return;
        }
        Doctors = await doctors.List(ChosenDepartment.Code, includeInactive: false, ct);
        ChosenDoctor = int.TryParse(Doctor, out var id) ? Doctors.FirstOrDefault(d => d.Id == id) : null;
        if (ChosenDoctor is null && Doctor != "any")
        {
            Current = Step.Doctor;
            return;
        }

        var department = await directory.Find(ChosenDepartment.Code, ct) ?? ChosenDepartment;
        var slots = ChosenDoctor is null ? [] : await choices.DoctorSlots(ChosenDoctor.Id, walkIn: false, ct);
        Dates = ChosenDoctor is null
            ? await choices.DepartmentDates(department, DatesShown, ct)
            : slots.Where(s => s.Free > 0).Select(s => DateOnly.FromDateTime(s.Start.DateTime)).Distinct().Take(DatesShown).ToList();
        ChosenDate = WireFormats.TryDate(Date, out var date) && Dates.Contains(date) ? date : null;
        if (ChosenDate is null)
        {
            Current = Step.Date;
            return;
        }

        if (ChosenDoctor is not null)
            Slots = slots.Where(s => DateOnly.FromDateTime(s.Start.DateTime) == ChosenDate).ToList();
        else
        {
            Times = await choices.DepartmentTimes(department, ChosenDate.Value, ct);
            DepartmentPlacesLeft = await choices.DepartmentPlacesLeft(department, ChosenDate.Value, ct);
        }
        var timeChosen = ChosenDoctor is not null
            ? Slots.Any(s => s.SlotId == Slot && s.Free > 0)
            : ChosenTime is { } time && Times.Contains(time) && DepartmentPlacesLeft > 0;
        Current = timeChosen ? Step.Details : Step.Time;
    }

    /// <summary>Turns the engine's refusal into words in the patient's language; the fields stay filled in.</summary>
    private void Explain(Error error)
    {
        switch (error)
        {
            case ValidationError v:
                foreach (var field in v.Fields.Keys)
                    Errors[field switch { "patient_name" => "name", "patient_phone" => "phone", "patient_age" => "age", "symptoms" => "symptoms", _ => "form" }] =
                        field switch
                        {
                            "patient_name" => "err_name",
                            "patient_phone" => "err_phone",
                            "patient_age" => "err_age",
                            "symptoms" => "err_symptoms",
                            "booking_date" or "booking_time" => "err_time",
                            _ => "err_other",
                        };
                break;
            case ConflictError { Code: ConflictError.Full }:
                Errors["form"] = "err_full";
                break;
            case ConflictError { Code: ConflictError.Duplicate }:
                Errors["form"] = "err_duplicate";
                break;
            default:
                Errors["form"] = "err_other";
                break;
        }
    }

    /// <summary>The link to the next step: the choices made so far plus <paramref name="key"/>.</summary>
    public string Link(string key, string value) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/book", Chosen().Append(new(key, value)));

    /// <summary>One step back: the choices made so far without the last.</summary>
    public string BackLink() => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/book", Chosen().SkipLast(1));

    private IEnumerable<KeyValuePair<string, string?>> Chosen()
    {
        if (Current > Step.Department)
            yield return new("department", ChosenDepartment!.Code);
        if (Current > Step.Doctor)
            yield return new("doctor", Doctor);
        if (Current > Step.Date)
            yield return new("date", ChosenDate!.Value.ToString("yyyy-MM-dd"));
    }
}
