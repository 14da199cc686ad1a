namespace Opd.Core.Scheduling;

/// <summary>Weekdays as people write them ("mon", "Monday") and as schedules keep them (ISO: Monday = 1 … Sunday = 7).</summary>
public static class Weekdays
{
    public const string Rule = "weekday names such as \"monday\" or \"mon\"";

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>At least the first three letters of an English day name, in any case.</summary>
    public static bool TryParse(string? text, out DayOfWeek day)
    {
        day = default;
        var word = text?.Trim() ?? "";
        if (word.Length < 3)
            return false;
        var index = Array.FindIndex(Week, d => d.ToString().StartsWith(word, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return false;
        day = Week[index];
        return true;
    }

    public static int Iso(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>"monday" for ISO day 1.</summary>
    public static string Name(int iso) => Week[iso - 1].ToString().ToLowerInvariant();
}
