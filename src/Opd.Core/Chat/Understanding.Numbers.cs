using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Opd.Core.Chat;

/// <summary>
/// Numbers written as words ("seventy", "सत्तर", "ସତୁରି", "sixty-five") and clock times in words
/// ("half past eleven", "साढ़े दस", "ସାଢ଼େ ଦଶଟା") become digits, so the age and time rules read them.
/// </summary>
public static partial class Understanding
{
    private static readonly Dictionary<string, int> NumberWords = BuildNumberWords();

    private static readonly Regex NumberWordPattern = new(
        @"(?<![\p{L}\p{M}])(?:" + string.Join("|", NumberWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?=ଟା|[^\p{L}\p{M}]|$)",
        RegexOptions.CultureInvariant);

    /// <summary>The text with number words as digits and clock times in words as "hh:mm".</summary>
    internal static string WithDigits(string norm)
    {
        var text = HourMinuteWordsPattern().Replace(norm, m => $" {NumberWords[m.Groups["h"].Value]}:{NumberWords[m.Groups["m"].Value.Replace('-', ' ')]:00} ");
        text = NumberWordPattern.Replace(text, m => NumberWords[m.Value].ToString(CultureInfo.InvariantCulture));
        text = HalfPastPattern.Replace(text, m => Clock(m, 0, 30));
        text = QuarterPastPattern.Replace(text, m => Clock(m, 0, 15));
        text = QuarterToPattern.Replace(text, m => Clock(m, -1, 45));
        text = OneAndHalfPattern.Replace(text, " 1:30 ");
        text = TwoAndHalfPattern.Replace(text, " 2:30 ");
        return text;
    }

    /// <summary>A whole message that is one number, in digits or words ("70", "seventy", "सत्तर").</summary>
    internal static int? NumberOnly(string message)
    {
        var text = WithDigits(Normalize(message)).Trim().Trim('.');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string Clock(Match m, int hourShift, int minute)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) + hourShift;
        return hour is < 0 or > 23 ? m.Value : $" {hour}:{minute:00} ";
    }

    private static Dictionary<string, int> BuildNumberWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < units.Length; i++)
            words[units[i]] = i + 1;
        for (var i = 0; i < teens.Length; i++)
            words[teens[i]] = i + 10;
        for (var t = 0; t < tens.Length; t++)
        {
            words[tens[t]] = (t + 2) * 10;
            for (var u = 0; u < units.Length; u++)
            {
                words[$"{tens[t]} {units[u]}"] = (t + 2) * 10 + u + 1;
                words[$"{tens[t]}-{units[u]}"] = (t + 2) * 10 + u + 1;
            }
        }
        // Hindi and Odia: the numbers patients say for an age or an hour. Romanised words that are also
        // ordinary words or names ("do", "das", "saath", "asi", "bara") are left out.
        (string Word, int Value)[] indic =
        [
            ("एक", 1), ("दो", 2), ("तीन", 3), ("चार", 4), ("पांच", 5), ("पाँच", 5), ("छह", 6), ("छः", 6), ("सात", 7), ("आठ", 8), ("नौ", 9), ("दस", 10),
            ("ग्यारह", 11), ("बारह", 12), ("पंद्रह", 15), ("अठारह", 18), ("बीस", 20), ("पच्चीस", 25), ("तीस", 30), ("पैंतीस", 35), ("चालीस", 40),
            ("पैंतालीस", 45), ("पचास", 50), ("पचपन", 55), ("साठ", 60), ("पैंसठ", 65), ("सत्तर", 70), ("पचहत्तर", 75), ("अस्सी", 80), ("नब्बे", 90),
            ("ek", 1), ("teen", 3), ("char", 4), ("paanch", 5), ("panch", 5), ("chhah", 6), ("saat", 7), ("aath", 8), ("gyarah", 11), ("barah", 12),
            ("bees", 20), ("tees", 30), ("chalis", 40), ("chaalis", 40), ("pachas", 50), ("pachaas", 50), ("sattar", 70), ("assi", 80),
            ("ଏକ", 1), ("ଦୁଇ", 2), ("ତିନି", 3), ("ଚାରି", 4), ("ପାଞ୍ଚ", 5), ("ଛଅ", 6), ("ସାତ", 7), ("ଆଠ", 8), ("ନଅ", 9), ("ଦଶ", 10), ("ଏଗାର", 11),
            ("ବାର", 12), ("ପନ୍ଦର", 15), ("କୋଡ଼ିଏ", 20), ("ପଚିଶି", 25), ("ତିରିଶି", 30), ("ଚାଳିଶି", 40), ("ପଚାଶ", 50), ("ଷାଠିଏ", 60), ("ଷାଠୀଏ", 60),
            ("ସତୁରି", 70), ("ଅଶୀ", 80), ("ନବେ", 90),
            ("dui", 2), ("tini", 3), ("chari", 4), ("pancha", 5), ("chha", 6), ("sata", 7), ("atha", 8), ("egara", 11), ("kodie", 20), ("tirisi", 30),
            ("chalisi", 40), ("pachasa", 50), ("sathie", 60), ("shathie", 60), ("saturi", 70),
        ];
        foreach (var (word, value) in indic)
            words[word.Normalize(NormalizationForm.FormC)] = value;
        return words;
    }

    /// <summary>"eleven thirty", "ten fifteen": an hour and its minutes in words.</summary>
    [GeneratedRegex(@"\b(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<m>fifteen|thirty|forty[\s-]five)\b")]
    private static partial Regex HourMinuteWordsPattern();

    private static readonly Regex HalfPastPattern = Pattern(@"\bhalf\s+past\s+(?<h>\d{1,2})\b|(?:\bsaadhe|\bsadhe|\bsaade|\bsade|साढ़े|साढे|ସାଢ଼େ|ସାଢେ)\s*(?<h>\d{1,2})(?!\d|:)");

    private static readonly Regex QuarterPastPattern = Pattern(@"\bquarter\s+past\s+(?<h>\d{1,2})\b|(?:\bsava|\bsawa|सवा|ସୱା|ସଵା)\s+(?<h>\d{1,2})(?!\d|:)");

    private static readonly Regex QuarterToPattern = Pattern(@"\bquarter\s+to\s+(?<h>\d{1,2})\b|(?:\bpaune|पौने|ପାଉଣେ)\s+(?<h>\d{1,2})(?!\d|:)");

    private static readonly Regex OneAndHalfPattern = Pattern(@"\bdedh\b|डेढ़|डेढ");

    private static readonly Regex TwoAndHalfPattern = Pattern(@"\bdhai\b|ढाई|ଅଢ଼େଇ");

    /// <summary>A pattern with its Indic letters in the form the engine reads text in.</summary>
    private static Regex Pattern(string pattern) => new(pattern.Normalize(NormalizationForm.FormC), RegexOptions.CultureInvariant);
}
