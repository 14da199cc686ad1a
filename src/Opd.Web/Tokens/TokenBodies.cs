using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Tokens;

/// <summary>A booking request. Priority: anyone may state it; only staff bookings are queued by it. Source: online unless staff say otherwise.</summary>
public sealed record BookTokenBody(
    PersonName? PatientName,
    IndianMobile? PatientPhone,
    int? PatientAge,
    string? Department,
    DateOnly? BookingDate,
    TimeOnly? BookingTime,
    string? DoctorName = null,
    string? Symptoms = null,
    TokenPriority? Priority = null,
    string? Notes = null,
    TokenSource? Source = null) : IRequestBody<BookTokenBody>, IBooksForPhone
{
    public static JsonTypeInfo<BookTokenBody> JsonInfo => BodyJson.Default.BookTokenBody;

    IndianMobile? IBooksForPhone.Phone => PatientPhone;

    public async ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("patient_name", PatientName is not null, "Please give the patient's name.");
        errors.Require("patient_phone", PatientPhone is not null, FieldRules.Phone);
        errors.Require("patient_age", PatientAge is not null, "Please give the patient's age in years.");
        errors.Require("booking_date", BookingDate is not null, FieldRules.Say(FieldRules.Date, "booking_date"));
        errors.Require("booking_time", BookingTime is not null, FieldRules.Say(FieldRules.Time, "booking_time"));
        // Named with the other fields, so one answer lists everything to fix.
        if (!errors.Has("department"))
        {
            var (_, problem) = await BookingRules.OpenDepartment(Department, services.GetRequiredService<DepartmentDirectory>(), CancellationToken.None);
            if (problem is not null)
                errors.Add("department", problem);
        }
    }

    public BookToken.Command ToCommand() => new(
        PatientName!.Value, PatientPhone!.Value, PatientAge!.Value, Department!, BookingDate!.Value, BookingTime!.Value,
        DoctorName, Symptoms, Priority ?? TokenPriority.Normal, Notes, Source ?? TokenSource.Online);
}

/// <summary>A new status for a token, with an optional note kept in its history.</summary>
public sealed record StatusChangeBody(TokenStatus? Status, string? Notes = null) : IRequestBody<StatusChangeBody>
{
    public static JsonTypeInfo<StatusChangeBody> JsonInfo => BodyJson.Default.StatusChangeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("status", Status is not null, FieldRules.Say(FieldRules.ForType(typeof(TokenStatus)), "status"));
        return ValueTask.CompletedTask;
    }

    public ChangeTokenStatus.Command ToCommand(TokenRef token) => new(token, Status!.Value, Notes);
}
