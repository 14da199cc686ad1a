using System.Globalization;
using System.Text.RegularExpressions;

namespace Opd.Core.Chat;

/// <summary>Dates and times as patients write them, read against the clinic's today.</summary>
public static partial class Understanding
{
    private static TimeOnly? FindTime(string text, string[] words, out string rest)
    {
        rest = text;
        var m = ClockPattern().Match(text);
        if (m.Success)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var suffix = m.Groups["s"].Value;
            if (suffix.StartsWith('p') && hour < 12)
                hour += 12;
            else if (suffix.StartsWith('a') && hour == 12)
                hour = 0;
            // "at 2", "2 baje": the OPD works by day, so 1–7 o'clock means the afternoon.
            else if (!suffix.StartsWith('a') && !m.Groups["m"].Success && hour is >= 1 and <= 7)
                hour += 12;
            else if (m.Groups["m"].Success && suffix.Length == 0 && hour is >= 1 and <= 6)
                hour += 12;
            rest = text.Remove(m.Index, m.Length).Insert(m.Index, " ");
            return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
        }
        foreach (var (time, names) in Lexicon.DayParts)
            if (names.Any(n => Has(text, words, n)))
                return time;
        return null;
    }

    private static DateOnly? FindDate(string text, string[] words, DateOnly today)
    {
        if (IsoDatePattern().Match(text) is { Success: true } iso && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", out var isoDate))
            return isoDate;
        if (NumericDatePattern().Match(text) is { Success: true } num)
        {
            var (day, month) = (int.Parse(num.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(num.Groups["m"].Value, CultureInfo.InvariantCulture));
            var year = num.Groups["y"].Success ? int.Parse(num.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (Make(day, month, year, today) is { } d)
                return d;
        }
        if (MonthDatePattern().Match(text) is { Success: true } named)
        {
            var day = int.Parse(named.Groups["d1"].Success ? named.Groups["d1"].Value : named.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var month = Array.IndexOf(Lexicon.Months, (named.Groups["m1"].Success ? named.Groups["m1"].Value : named.Groups["m2"].Value)[..3]) + 1;
            if (Make(day, month, null, today) is { } d)
                return d;
        }
        if (Lexicon.DayAfter.Any(w => Has(text, words, w)))
            return today.AddDays(2);
        if (Lexicon.Tomorrow.Any(w => Has(text, words, w)))
            return today.AddDays(1);
        if (Lexicon.Today.Any(w => Has(text, words, w)))
            return today;
        var next = Lexicon.Next.Any(w => Has(text, words, w));
        foreach (var (day, names) in Lexicon.Weekdays)
            if (names.Any(n => n.Length > 3 || n.Any(c => c > '\u024F') ? Has(text, words, n) : words.Contains(n)))
            {
                var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
                return today.AddDays(ahead == 0 && next ? 7 : ahead);
            }
        return null;
    }

    /// <summary>A day and month without a year mean the next such date from today.</summary>
    private static DateOnly? Make(int day, int month, int? year, DateOnly today)
    {
        if (year is < 100)
            year += 2000;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? today.Year, month))
            return null;
        var date = new DateOnly(year ?? today.Year, month, day);
        return year is null && date < today && day <= DateTime.DaysInMonth(today.Year + 1, month) ? new DateOnly(today.Year + 1, month, day) : date;
    }

    [GeneratedRegex(@"(?:\bat\s+|\b|^)(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\s*(?<s>am\b|pm\b|a\.m\.|p\.m\.|baje\b|बजे|ଟା|o'clock)|\bat\s+(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\b|\b(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)\b")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>\d{4}|\d{2}))?\b")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?<d2>\d{1,2})\b")]
    private static partial Regex MonthDatePattern();
}
