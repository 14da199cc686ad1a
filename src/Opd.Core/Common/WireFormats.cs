using System.Globalization;

namespace Opd.Core.Common;

/// <summary>How dates and times are written on every boundary (JSON, query strings, the assistants' tools).</summary>
public static class WireFormats
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "H:mm", "H:mm:ss"];

    /// <summary>YYYY-MM-DD only: the form every earlier client sends, and the one no one misreads.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>24-hour HH:MM, with or without seconds.</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
