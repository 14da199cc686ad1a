using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Queue;

/// <summary>
/// Book with a doctor. Sources: ONLINE (anyone); WALK_IN, PRIORITY, FOLLOW_UP, EMERGENCY (staff).
/// With "waitlist": true a request that finds every slot full joins the doctor's waitlist (202) instead of a 409.
/// With "slot_id" the token is for that slot only, instead of the first one with room.
/// </summary>
public sealed record SlotBookingBody(
    int? DoctorId,
    PersonName? PatientName,
    IndianMobile? PatientPhone,
    TokenSource? Source = null,
    int? PatientAge = null,
    string? Symptoms = null,
    bool? Waitlist = null,
    int? SlotId = null) : IRequestBody<SlotBookingBody>, IBooksForPhone
{
    public static JsonTypeInfo<SlotBookingBody> JsonInfo => BodyJson.Default.SlotBookingBody;

    IndianMobile? IBooksForPhone.Phone => PatientPhone;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("doctor_id", DoctorId is not null, "Please give the doctor's id (see GET /api/v1/doctors).");
        errors.Require("patient_name", PatientName is not null, "Please give the patient's name.");
        errors.Require("patient_phone", PatientPhone is not null, FieldRules.Phone);
        return ValueTask.CompletedTask;
    }

    public BookSlotToken.Command ToCommand() => new(
        DoctorId!.Value, PatientName!.Value, PatientPhone!.Value, Source ?? TokenSource.Online, PatientAge, Symptoms, Waitlist ?? false, SlotId);
}
