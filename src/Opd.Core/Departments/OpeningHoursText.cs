using System.Globalization;

namespace Opd.Core.Departments;

/// <summary>Says a department's week in words a patient understands: "Monday–Saturday 09:00–17:00".</summary>
public static class OpeningHoursText
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static string Describe(Department department)
    {
        var runs = new List<(DayOfWeek First, DayOfWeek Last, string Hours)>();
        foreach (var day in Week)
        {
            var hours = string.Join(", ", department.HoursOn(day));
            if (hours.Length == 0)
                continue;
            if (runs.Count > 0 && runs[^1].Hours == hours && Next(runs[^1].Last) == day)
                runs[^1] = (runs[^1].First, day, hours);
            else
                runs.Add((day, day, hours));
        }
        if (runs.Count == 0)
            return "no opening hours are set";
        return string.Join("; ", runs.Select(r => r.First == r.Last
            ? $"{Name(r.First)} {r.Hours}"
            : $"{Name(r.First)}–{Name(r.Last)} {r.Hours}"));
    }

    public static string Name(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);
}
