using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Core.Scheduling;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Doctors;

/// <summary>Weekdays as names ("mon" or "monday"); times HH:MM in clinic time.</summary>
public sealed record ScheduleBody(IReadOnlyList<DayOfWeek>? Weekdays, TimeOnly? StartTime, TimeOnly? EndTime, int? SlotMinutes, int? CapacityPerSlot,
    int? WalkInReserved = null, int? WalkInReleaseMinutes = null) : IRequestBody<ScheduleBody>
{
    public static JsonTypeInfo<ScheduleBody> JsonInfo => BodyJson.Default.ScheduleBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => ManageSchedules.Check(ToFields(), e));
        return ValueTask.CompletedTask;
    }

    public ManageSchedules.Fields ToFields() =>
        new(Weekdays, StartTime, EndTime, SlotMinutes, CapacityPerSlot, WalkInReserved, WalkInReleaseMinutes);
}

/// <summary>The first and last clinic date (YYYY-MM-DD) to generate slots for.</summary>
public sealed record RangeBody(DateOnly? DateFrom, DateOnly? DateTo) : IRequestBody<RangeBody>
{
    public static JsonTypeInfo<RangeBody> JsonInfo => BodyJson.Default.RangeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => ManageSchedules.CheckRange(DateFrom, DateTo, e));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Leave or a holiday from one clinic date to another (YYYY-MM-DD), with the reason patients are told.</summary>
public sealed record ClosureBody(DateOnly? DateFrom, DateOnly? DateTo, string? Reason) : IRequestBody<ClosureBody>
{
    public static JsonTypeInfo<ClosureBody> JsonInfo => BodyJson.Default.ClosureBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Judge(e => ManageClosures.Check(DateFrom, DateTo, Reason, e));
        return ValueTask.CompletedTask;
    }
}
