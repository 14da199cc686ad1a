using System.Text.Json.Serialization;
using Opd.Web.Chat;
using Opd.Web.Departments;
using Opd.Web.Doctors;
using Opd.Web.PhoneCodes;
using Opd.Web.Queue;
using Opd.Web.Staff;
using Opd.Web.Tokens;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>The serializer of every request body, generated at build time with the wire's snake_case names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(MobileConverter), typeof(NameConverter), typeof(DateConverter), typeof(TimeConverter),
        typeof(StatusConverter), typeof(PriorityConverter), typeof(SourceConverter),
        typeof(ClinicDateTimeConverter), typeof(WeekdayConverter), typeof(StaffRoleConverter)])]
[JsonSerializable(typeof(BookTokenBody))]
[JsonSerializable(typeof(StatusChangeBody))]
[JsonSerializable(typeof(SlotBookingBody))]
[JsonSerializable(typeof(ActionBody))]
[JsonSerializable(typeof(TransferBody))]
[JsonSerializable(typeof(SetCurrentBody))]
[JsonSerializable(typeof(CreateStaffBody))]
[JsonSerializable(typeof(DepartmentChangeBody))]
[JsonSerializable(typeof(ChatBody))]
[JsonSerializable(typeof(DoctorBody))]
[JsonSerializable(typeof(DoctorChangeBody))]
[JsonSerializable(typeof(SlotBody))]
[JsonSerializable(typeof(DelayBody))]
[JsonSerializable(typeof(ScheduleBody))]
[JsonSerializable(typeof(RangeBody))]
[JsonSerializable(typeof(ClosureBody))]
[JsonSerializable(typeof(PhoneCodeBody))]
[JsonSerializable(typeof(VerifyCodeBody))]
[JsonSerializable(typeof(Messages.TemplateBody))]
public sealed partial class BodyJson : JsonSerializerContext;
