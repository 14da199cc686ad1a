using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Doctors;

/// <summary>A new doctor. Without a department, the one the specialization names is used (else General Medicine).</summary>
public sealed record DoctorBody(string? Name, string? DoctorCode, string? Specialization = null, string? Department = null,
    bool? IsActive = null, string? Room = null) : IRequestBody<DoctorBody>
{
    public static JsonTypeInfo<DoctorBody> JsonInfo => BodyJson.Default.DoctorBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services) => DoctorRules.Validate(ToFields(), creating: true, errors, services);

    public ManageDoctors.Fields ToFields() => new(Name, DoctorCode, Specialization, Department, IsActive, Room);
}

/// <summary>What to change about a doctor; fields left out stay as they are, and the code cannot change.</summary>
public sealed record DoctorChangeBody(string? Name = null, string? DoctorCode = null, string? Specialization = null, string? Department = null,
    bool? IsActive = null, string? Room = null) : IRequestBody<DoctorChangeBody>
{
    public static JsonTypeInfo<DoctorChangeBody> JsonInfo => BodyJson.Default.DoctorChangeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services) => DoctorRules.Validate(ToFields(), creating: false, errors, services);

    public ManageDoctors.Fields ToFields() => new(Name, DoctorCode, Specialization, Department, IsActive, Room);
}

internal static class DoctorRules
{
    public static async ValueTask Validate(ManageDoctors.Fields fields, bool creating, FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => ManageDoctors.Check(fields, creating, e));
        // Named with the other fields; the handler judges it again against the database.
        if (!errors.Has("department") && !string.IsNullOrWhiteSpace(fields.Department))
        {
            var found = await services.GetRequiredService<DepartmentDirectory>().Find(fields.Department.Trim().ToLowerInvariant(), CancellationToken.None);
            if (found is not { IsActive: true })
                errors.Add("department", ManageDoctors.NotOpen(fields.Department));
        }
    }
}

/// <summary>
/// Times are ISO 8601; without an offset they mean clinic time (Asia/Kolkata by default).
/// Optional quota: walk_in_reserved places are kept for walk-ins until walk_in_release_minutes before the start.
/// </summary>
public sealed record SlotBody(ClinicDateTime? StartTime, ClinicDateTime? EndTime, int? Capacity, int? WalkInReserved = null,
    int? WalkInReleaseMinutes = null) : IRequestBody<SlotBody>
{
    public static JsonTypeInfo<SlotBody> JsonInfo => BodyJson.Default.SlotBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        var fields = ToFields(services.GetRequiredService<ClinicClock>());
        errors.Judge(e => ManageSlots.Check(fields, e));
        return ValueTask.CompletedTask;
    }

    public ManageSlots.Fields ToFields(ClinicClock clock) =>
        new(StartTime?.In(clock), EndTime?.In(clock), Capacity, WalkInReserved, WalkInReleaseMinutes);
}

/// <summary>How late the doctor is running today, in minutes (0 when back on time).</summary>
public sealed record DelayBody(int? Minutes) : IRequestBody<DelayBody>
{
    public static JsonTypeInfo<DelayBody> JsonInfo => BodyJson.Default.DelayBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services) => ValueTask.CompletedTask;
}
