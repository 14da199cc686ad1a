using System.Globalization;

namespace Opd.Core.Common;

/// <summary>
/// An ISO 8601 date-time as written. One with an offset ("…+05:30", "…Z") is an instant; one
/// without is clinic wall-clock time, which only the clinic's clock can turn into an instant
/// (never the server's own zone).
/// </summary>
public readonly record struct ClinicDateTime(DateTime Written, TimeSpan? Offset)
{
    public const string Rule = "an ISO date-time, for example 2026-01-29T10:00:00 (clinic time) or 2026-01-29T10:00:00+05:30";

    public DateTimeOffset In(ClinicClock clock) => Offset is { } offset ? new DateTimeOffset(Written, offset) : clock.AtClinicTime(Written);

    public static bool TryParse(string? text, out ClinicDateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
            return false;
        var trimmed = text.Trim();
        // A date alone is not a time of day: "2026-11-24" must not silently mean midnight.
        if (!DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || !trimmed.Contains('T') && !trimmed.Contains(' '))
            return false;
        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            value = new ClinicDateTime(parsed, null);
            return true;
        }
        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return false;
        value = new ClinicDateTime(instant.DateTime, instant.Offset);
        return true;
    }
}
