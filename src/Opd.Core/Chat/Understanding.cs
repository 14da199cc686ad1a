using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Opd.Core.Common;

namespace Opd.Core.Chat;

public enum ChatLanguage { En, Hi, Or }

/// <summary>What one message says: the intent, the facts it gives, and the language it is written in.</summary>
public sealed record Parsed(
    Intent Intent,
    ChatLanguage Language,
    string? Name = null,
    int? Age = null,
    string? Phone = null,
    string? Department = null,
    DateOnly? Date = null,
    TimeOnly? Time = null,
    Guid? TokenId = null,
    int? TokenNumber = null,
    string? Doctor = null,
    bool? Yes = null);

/// <summary>
/// The offline language engine: rules and word lists, no model and no network. Dates and times are
/// read against the clinic's today.
/// </summary>
public static partial class Understanding
{
    public static Parsed Parse(string text, DateOnly today)
    {
        var original = text.Normalize(NormalizationForm.FormC).Trim();
        var norm = Normalize(original);
        var words = Words(norm);
        var language = LanguageOf(original, words);

        var tokenId = GuidPattern().Match(original) is { Success: true } g ? Guid.Parse(g.Value) : (Guid?)null;
        var phone = FindPhone(norm, out var withoutPhone);
        var rest = tokenId is null ? withoutPhone : withoutPhone.Replace(tokenId.Value.ToString(), " ");
        var age = FindAge(rest);
        var time = FindTime(rest, words, out var withoutTime);
        var date = FindDate(withoutTime, words, today);
        // The department most words point to ("gum bleeding, dentist" is dental, not emergency); the list's order breaks ties.
        var department = Lexicon.Departments.Select((d, i) => (d.Department, Hits: d.Words.Count(w => Has(norm, words, w)), i))
            .Where(d => d.Hits > 0).OrderByDescending(d => d.Hits).ThenBy(d => d.i).Select(d => d.Department).FirstOrDefault();
        var tokenNumber = TokenNumberPattern().Match(rest) is { Success: true } n && int.TryParse(n.Groups[1].Value, out var number) ? number : (int?)null;
        var doctor = DoctorPattern().Match(original) is { Success: true } dr ? dr.Groups[1].Value.Trim() : null;

        var scores = new Dictionary<Intent, int>();
        foreach (var (intent, weight, phrases) in Lexicon.Intents)
            foreach (var phrase in phrases)
                if (Has(norm, words, phrase))
                    scores[intent] = Math.Max(scores.GetValueOrDefault(intent), weight);
        var best = scores.Count == 0 ? Intent.None : scores.OrderByDescending(s => s.Value).ThenBy(s => (int)s.Key).First().Key;
        // A greeting word in a longer request ("hi, I want to book…") does not make it a greeting.
        if (best == Intent.Greeting && scores.Count > 1)
            best = scores.Where(s => s.Key != Intent.Greeting).OrderByDescending(s => s.Value).ThenBy(s => (int)s.Key).First().Key;
        // "Help with booking" wants a booking.
        if (best == Intent.Help && scores.ContainsKey(Intent.Book))
            best = Intent.Book;
        // Symptoms with "help" or a greeting ("snake bite, need help") ask for care.
        if (best is Intent.Help or Intent.Greeting or Intent.None && department is not null && tokenId is null)
            best = Intent.Book;
        else if (best == Intent.None && tokenId is not null)
            best = Intent.Status;

        return new Parsed(best, language, FindName(original), age, phone, department, date, time, tokenId, tokenNumber, doctor, YesOrNo(norm, words));
    }

    /// <summary>Lower case, Odia and Devanagari digits as 0–9, punctuation as spaces (except what numbers, dates and times need).</summary>
    public static string Normalize(string text)
    {
        var b = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLowerInvariant())
            b.Append(c switch
            {
                >= '\u0B66' and <= '\u0B6F' => (char)('0' + c - '\u0B66'),
                >= '\u0966' and <= '\u096F' => (char)('0' + c - '\u0966'),
                '\u2019' or '\u2018' => '\'',
                '।' or '?' or '!' or ',' or ';' or '"' or '(' or ')' or '\n' or '\r' or '\t' => ' ',
                _ => c,
            });
        return b.Append(' ').ToString();
    }

    private static string[] Words(string norm) =>
        norm.Split([' ', '.', ':', '/', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether the text holds the phrase: Indic text anywhere; Latin text at a word start (a short
    /// word must be whole), or, for one long word, with one or two typing slips.
    /// </summary>
    internal static bool Has(string norm, string[] words, string phrase)
    {
        if (phrase.Any(c => c > '\u024F'))
            return norm.Contains(phrase, StringComparison.Ordinal);
        var whole = phrase.Length <= 3;
        for (var at = norm.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = norm.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsLetterOrDigit(norm[at - 1]);
            var end = at + phrase.Length;
            var endsWord = end >= norm.Length || !char.IsLetterOrDigit(norm[end]);
            if (startsWord && (!whole || endsWord))
                return true;
        }
        if (phrase.Length < 5 || phrase.Contains(' '))
            return false;
        var slips = phrase.Length >= 8 ? 2 : 1;
        // A word that is the phrase cut short ("doctor" for "doctors") is another word, not a slip.
        return words.Any(w => w.Length >= 5 && !phrase.StartsWith(w, StringComparison.Ordinal) && Math.Abs(w.Length - phrase.Length) <= slips
            && Distance(w, phrase) <= slips);
    }

    /// <summary>Edits (insert, delete, replace, swap of neighbours) from one word to another.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    private static ChatLanguage LanguageOf(string text, string[] words)
    {
        if (text.Any(c => c is >= '\u0B00' and <= '\u0B7F'))
            return ChatLanguage.Or;
        if (text.Any(c => c is >= '\u0900' and <= '\u097F'))
            return ChatLanguage.Hi;
        var hindi = words.Count(w => Lexicon.RomanHindi.Contains(w));
        var odia = words.Count(w => Lexicon.RomanOdia.Contains(w));
        return hindi > odia ? ChatLanguage.Hi : odia > hindi ? ChatLanguage.Or : ChatLanguage.En;
    }

    private static string? FindPhone(string norm, out string rest)
    {
        foreach (Match m in PhonePattern().Matches(norm))
            if (IndianMobile.TryNormalize(m.Value.Trim(), out var phone))
            {
                rest = norm.Remove(m.Index, m.Length).Insert(m.Index, " ");
                return phone;
            }
        rest = norm;
        return null;
    }

    private static int? FindAge(string text)
    {
        var m = AgePattern().Match(text);
        if (!m.Success)
            return null;
        var value = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value;
        return int.TryParse(value, out var age) && age is >= 0 and <= 120 ? age : null;
    }

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

    /// <summary>The patient's name when the message says it ("my name is …", "for Asha Behera,", "मेरा नाम … है", "ମୋ ନାମ …").</summary>
    private static string? FindName(string text)
    {
        foreach (var pattern in new[] { NamePattern(), NameForPattern(), NameIndicPattern() })
        {
            var m = pattern.Match(text);
            if (!m.Success)
                continue;
            var name = NameTail().Replace(m.Groups["n"].Value, "").Trim(' ', '.', ',');
            var lower = Normalize(name);
            var known = Lexicon.Departments.SelectMany(d => d.Words).Concat(Lexicon.Weekdays.SelectMany(w => w.Names)).Concat(Lexicon.Today)
                .Concat(Lexicon.Tomorrow).Concat(Lexicon.Months);
            if (PersonName.Validate(name) is null && !name.Any(char.IsDigit) && !known.Any(k => lower.Trim() == k || lower.Trim().StartsWith(k + " ")))
                return name;
        }
        return null;
    }

    private static bool? YesOrNo(string norm, string[] words)
    {
        if (words.Length == 0 || words.Length > 6)
            return null;
        var start = string.Join(' ', words);
        bool Starts(string w) => start == w || start.StartsWith(w + " ", StringComparison.Ordinal);
        if (Lexicon.No.Any(Starts))
            return false;
        if (Lexicon.Yes.Any(Starts))
            return true;
        return null;
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\+?\d[\d \-]{8,15}\d")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:\bage[d]?\b|\bumar\b|\bumr\b|उम्र|आयु|ବୟସ)\s*(?:is|of|:|-|=)?\s*(?<a>\d{1,3})\b|\b(?<b>\d{1,3})\s*(?:years?\b|yrs?\b|yr\b|y/o|year old|saal\b|sal\b|बरस|वर्ष|साल|ବର୍ଷ|barsa\b|bochhor\b)")]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"(?:\bat\s+|\b|^)(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\s*(?<s>am\b|pm\b|a\.m\.|p\.m\.|baje\b|बजे|ଟା|o'clock)|\bat\s+(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\b|\b(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)\b")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/-](?<m>\d{1,2})(?:[/-](?<y>\d{4}|\d{2}))?\b")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?<d2>\d{1,2})\b")]
    private static partial Regex MonthDatePattern();

    [GeneratedRegex(@"(?:token|टोकन|ଟୋକେନ୍|ଟୋକେନ)\s*(?:number|no\.?|#|नंबर|ନମ୍ବର)?\s*(\d{1,4})\b")]
    private static partial Regex TokenNumberPattern();

    [GeneratedRegex(@"\b(?:Dr\.?|Doctor|doctor|dr\.?)\s+(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")]
    private static partial Regex DoctorPattern();

    [GeneratedRegex(@"(?i:\bmy name is\b|\bname is\b|\bname\s*[:\-]|\bpatient(?:'s)? name is\b|\bpatient\s*[:\-]|\bmera naam\b|\bmo nama\b|\bmora nama\b|\bnaam\b)\s*(?<n>[\p{L}][\p{L}\p{M} .']{1,60}?)(?=\s*(?:,|\.|;|$|\b(?i:and|age|aged|phone|mobile|number|for|with|on|at|hai|he|from)\b|\d))")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:for|i am|i'm|I am|I'm|this is|This is)\s+(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?=\s*(?:,|\.|;|$|\s+(?:and|age|aged|phone|mobile|for|with|on|at)\b|\s+\d))")]
    private static partial Regex NameForPattern();

    [GeneratedRegex(@"(?:मेरा नाम|मरीज़? का नाम|नाम|ମୋ ନାମ|ମୋର ନାମ|ରୋଗୀଙ୍କ ନାମ|ନାମ)\s*[:\-]?\s*(?<n>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}?)(?=\s*(?:है|हैं|ଅଟେ|,|।|\.|$|\s+(?:उम्र|आयु|फोन|मोबाइल|ବୟସ|ଫୋନ|ମୋବାଇଲ)|\s+\d))")]
    private static partial Regex NameIndicPattern();

    [GeneratedRegex(@"\s+(?:hai|he|है|हैं|ଅଟେ|ଅଛି)$")]
    private static partial Regex NameTail();
}
