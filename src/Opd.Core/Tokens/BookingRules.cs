using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;

namespace Opd.Core.Tokens;

/// <summary>Every rule a booking must pass before it gets a number, with all broken ones reported at once.</summary>
public static class BookingRules
{
    public const int MaxTextLength = 1000;
    public const int MaxDoctorNameLength = 100;

    public static async Task<Result<(NewToken Spec, Department Department)>> Check(
        BookToken.Command c, Actor actor, DepartmentDirectory departments, IDbContextFactory<OpdDbContext> dbFactory,
        ClinicClock clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        CheckAge(errors, c.PatientAge);
        CheckLength(errors, "doctor_name", c.DoctorName, MaxDoctorNameLength);
        CheckLength(errors, "symptoms", c.Symptoms, MaxTextLength);
        CheckLength(errors, "notes", c.Notes, MaxTextLength);
        var (department, problem) = await OpenDepartment(c.Department, departments, ct);
        if (problem is not null)
            errors.Add("department", problem);
        if (department is not null)
            CheckCalendar(department, c.BookingDate, c.BookingTime, clock, errors);
        if (!errors.Has("booking_date") && await departments.HolidayOn(c.BookingDate, ct) is { } holiday)
            errors.Add("booking_date", $"The clinic is closed on {c.BookingDate:yyyy-MM-dd} ({holiday.Reason}). Please choose another date.");
        if (errors.Any)
            return errors.ToError();
        if (SourceRefused(actor, c.Source) is { } notAllowed)
            return notAllowed;

        // Anyone may say how urgent they are; only staff can make a token jump the queue.
        var granted = actor.IsStaff || c.Priority <= TokenPriority.Normal ? c.Priority : TokenPriority.Normal;
        var doctorName = Clean(c.DoctorName);
        var spec = new NewToken(department!.Code, doctorName, await DoctorOfTheDay(dbFactory, department.Code, doctorName, ct),
            c.PatientName.Text, c.PatientPhone.Number, c.PatientAge, c.BookingDate, c.BookingTime, granted, c.Priority, c.Source,
            Clean(c.Symptoms), Clean(c.Notes));
        return (spec, department);
    }

    /// <summary>The department of that code when it takes bookings, else why not.</summary>
    public static async Task<(Department? Department, string? Problem)> OpenDepartment(string? code, DepartmentDirectory departments, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return (null, "Please choose a department.");
        var department = await departments.Find(code.Trim().ToLowerInvariant(), ct);
        return department is { IsActive: true }
            ? (department, null)
            : (null, $"'{code}' is not an open department. See GET /tokens/departments for the list.");
    }

    /// <summary>When the clinic asks for it, an anonymous booking must come from the caller who proved that phone with a code.</summary>
    public static ForbiddenError? UnverifiedPhone(Actor actor, IndianMobile phone, PhoneCodes.BookingOptions options) =>
        options.RequirePhoneVerification && !actor.IsStaff && actor.VerifiedPhone != phone.Number
            ? new ForbiddenError("This clinic books online only for a verified mobile number. Ask for a code (POST /api/v1/phone-codes), "
                + "verify it (POST /api/v1/phone-codes/verify) and send the verification in the X-Phone-Verification header.")
            : null;

    /// <summary>Walk-in, priority, follow-up and emergency tokens are given at the counter, never online.</summary>
    public static UnauthorizedError? SourceRefused(Actor actor, TokenSource source) =>
        !actor.IsStaff && source != TokenSource.Online
            ? new UnauthorizedError("Only staff can book walk-in, priority, follow-up or emergency tokens. Sign in with a staff key.")
            : null;

    public static void CheckAge(FieldErrors errors, int? age)
    {
        if (age is < 0 or > 150)
            errors.Add("patient_age", "The patient's age must be between 0 and 150 years.");
    }

    public static void CheckLength(FieldErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
            errors.Add(field, $"The {field.Replace('_', ' ')} must be at most {max} characters.");
    }

    /// <summary>A named doctor of the department, so the token belongs to that doctor's day; "Dr. Rao" matches "Dr Rao".</summary>
    private static async Task<int?> DoctorOfTheDay(IDbContextFactory<OpdDbContext> dbFactory, string department, string? doctorName, CancellationToken ct)
    {
        if (doctorName is null)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctors = await db.Doctors.AsNoTracking().Where(d => d.DepartmentCode == department && d.IsActive)
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var wanted = Doctors.DoctorNames.Normalize(doctorName);
        return doctors.FirstOrDefault(d => Doctors.DoctorNames.Normalize(d.Name) == wanted)?.Id;
    }

    private static void CheckCalendar(Department department, DateOnly date, TimeOnly time, ClinicClock clock, FieldErrors errors)
    {
        var today = clock.Today;
        if (date < today)
            errors.Add("booking_date", $"{date:yyyy-MM-dd} is in the past. Today is {today:yyyy-MM-dd}.");
        else if (date > today.AddDays(clock.MaxDaysAhead))
            errors.Add("booking_date", $"Tokens can be booked at most {clock.MaxDaysAhead} days ahead (until {today.AddDays(clock.MaxDaysAhead):yyyy-MM-dd}).");
        else if (!department.HoursOn(date.DayOfWeek).Any())
            errors.Add("booking_date",
                $"{department.Name} is closed on {OpeningHoursText.Name(date.DayOfWeek)}s. It is open {OpeningHoursText.Describe(department)}.");
        else if (!department.IsOpenAt(date, time))
            errors.Add("booking_time",
                $"{time:HH:mm} is outside the opening hours of {department.Name} on {OpeningHoursText.Name(date.DayOfWeek)} ({string.Join(", ", department.HoursOn(date.DayOfWeek))}).");
        else if (date == today && time < clock.CurrentMinute)
            errors.Add("booking_time", $"{time:HH:mm} today has already passed. Please choose a later time.");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
