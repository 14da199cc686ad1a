namespace Opd.Core.Departments;

/// <summary>
/// One opening interval on a weekday, in clinic time. Minutes from midnight rather than
/// <see cref="TimeOnly"/> so that a day open until midnight (1440) can be written.
/// </summary>
public sealed class OpeningHours
{
    public const int EndOfDay = 24 * 60;

    public int Id { get; init; }
    public string DepartmentCode { get; init; } = "";
    public DayOfWeek Day { get; init; }
    public int OpensMinute { get; init; }
    public int ClosesMinute { get; init; }

    public bool Contains(TimeOnly time)
    {
        var minute = time.ToTimeSpan().TotalMinutes;
        return minute >= OpensMinute && minute < ClosesMinute;
    }

    public override string ToString() => $"{Format(OpensMinute)}–{Format(ClosesMinute)}";

    private static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
