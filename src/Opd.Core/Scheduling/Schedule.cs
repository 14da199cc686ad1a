namespace Opd.Core.Scheduling;

/// <summary>
/// A doctor's weekly pattern: on these weekdays, from start to end (clinic time), slots of this
/// length and capacity. Slots are generated from it for a date range.
/// </summary>
public sealed class Schedule
{
    public int Id { get; init; }
    public int DoctorId { get; init; }

    /// <summary>ISO weekdays, Monday = 1 … Sunday = 7.</summary>
    public required List<int> Weekdays { get; init; }

    public TimeOnly StartTime { get; init; }
    public TimeOnly EndTime { get; init; }
    public int SlotMinutes { get; init; }
    public int CapacityPerSlot { get; init; }
    public int WalkInReserved { get; init; }
    public int WalkInReleaseMinutes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool RunsOn(DateOnly date) => Weekdays.Contains(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek);

    /// <summary>The slots of one day as clinic wall-clock intervals; a last piece shorter than a slot is not used.</summary>
    public IEnumerable<(DateTime Start, DateTime End)> SlotsOn(DateOnly date)
    {
        var start = date.ToDateTime(StartTime);
        var end = date.ToDateTime(EndTime);
        for (var at = start; at.AddMinutes(SlotMinutes) <= end; at = at.AddMinutes(SlotMinutes))
            yield return (at, at.AddMinutes(SlotMinutes));
    }
}
