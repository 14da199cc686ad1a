using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;

namespace Opd.Core.Tokens;

/// <summary>Every rule a booking must pass before it gets a number, with all bad fields reported at once.</summary>
public static class BookingRules
{
    public const int MaxTextLength = 1000;
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "H:mm", "H:mm:ss"];

    public static async Task<Result<(NewToken Spec, Department Department)>> Check(
        BookToken.Command c, Actor actor, FieldErrors? inputErrors, DepartmentDirectory departments, IDbContextFactory<OpdDbContext> dbFactory,
        ClinicClock clock, CancellationToken ct)
    {
        var errors = CheckFields(c, out var phone, out var date, out var time, out var requested, out var source, inputErrors);
        Department? department = null;
        if (!errors.Has("department"))
        {
            var code = c.Department!.Trim().ToLowerInvariant();
            department = await departments.Find(code, ct);
            if (department is null || !department.IsActive)
                errors.Add("department", $"'{c.Department}' is not an open department. See GET /tokens/departments for the list.");
        }
        if (department is not null && !errors.Has("booking_date") && !errors.Has("booking_time"))
            CheckCalendar(department, date, time, clock, errors);
        if (!errors.Has("booking_date") && date != default && await departments.HolidayOn(date, ct) is { } holiday)
            errors.Add("booking_date", $"The clinic is closed on {date:yyyy-MM-dd} ({holiday.Reason}). Please choose another date.");
        if (errors.Any)
            return errors.ToError();

        if (!actor.IsStaff && source != TokenSource.Online)
            return new UnauthorizedError("Only staff can book walk-in, priority, follow-up or emergency tokens. Sign in with a staff key.");

        // Anyone may say how urgent they are; only staff can make a token jump the queue.
        var granted = actor.IsStaff || requested <= TokenPriority.Normal ? requested : TokenPriority.Normal;
        var doctorName = Clean(c.DoctorName);
        var spec = new NewToken(department!.Code, doctorName, await DoctorOfTheDay(dbFactory, department.Code, doctorName, ct),
            c.PatientName!.Trim(), phone, c.PatientAge!.Value, date, time, granted, requested, source, Clean(c.Symptoms), Clean(c.Notes));
        return (spec, department);
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

    /// <param name="inputErrors">Fields the caller already found unreadable (a wrong JSON type); they are not judged again.</param>
    private static FieldErrors CheckFields(BookToken.Command c, out string phone, out DateOnly date, out TimeOnly time,
        out TokenPriority priority, out TokenSource source, FieldErrors? inputErrors)
    {
        var errors = new FieldErrors(inputErrors);
        if (PersonName.Validate(c.PatientName) is { } nameError)
            errors.Add("patient_name", nameError);
        if (!IndianMobile.TryNormalize(c.PatientPhone, out phone))
            errors.Add("patient_phone", $"The phone number must be {IndianMobile.Rule}.");
        if (c.PatientAge is null)
            errors.Add("patient_age", "Please give the patient's age in years.");
        else if (c.PatientAge is < 0 or > 150)
            errors.Add("patient_age", "The patient's age must be between 0 and 150 years.");
        if (string.IsNullOrWhiteSpace(c.Department))
            errors.Add("department", "Please choose a department.");
        if (!DateOnly.TryParseExact(c.BookingDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors.Add("booking_date", "The booking date must be a date written as YYYY-MM-DD, for example 2026-01-15.");
        if (!TimeOnly.TryParseExact(c.BookingTime?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
            errors.Add("booking_time", "The booking time must be written as HH:MM or HH:MM:SS (24-hour clock), for example 10:30.");
        priority = TokenPriority.Normal;
        if (c.Priority is not null && !TokenText.TryParsePriority(c.Priority, out priority))
            errors.Add("priority", "The priority must be one of: low, normal, high, emergency.");
        source = TokenSource.Online;
        if (c.Source is not null && !TokenText.TryParseSource(c.Source, out source))
            errors.Add("source", "The source must be one of: online, walk_in, priority, follow_up, emergency.");
        CheckLength(errors, "doctor_name", c.DoctorName, 100);
        CheckLength(errors, "symptoms", c.Symptoms, MaxTextLength);
        CheckLength(errors, "notes", c.Notes, MaxTextLength);
        return errors;
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
        else if (date == today && time < TimeOnly.FromDateTime(clock.LocalNow))
            errors.Add("booking_time", $"{time:HH:mm} today has already passed. Please choose a later time.");
    }

    private static void CheckLength(FieldErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
            errors.Add(field, $"The {field.Replace('_', ' ')} must be at most {max} characters.");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
