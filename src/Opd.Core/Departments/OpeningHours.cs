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

    /// <summary>"09:30" → 570; "24:00" → 1440 (open until midnight).</summary>
    public static bool TryParseMinute(string? text, out int minute)
    {
        minute = 0;
        if (text?.Trim() == "24:00")
            minute = EndOfDay;
        else if (TimeOnly.TryParseExact(text?.Trim(), "HH:mm", out var time))
            minute = time.Hour * 60 + time.Minute;
        else
            return false;
        return true;
    }

    public override string ToString() => $"{Format(OpensMinute)}–{Format(ClosesMinute)}";

    private static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
