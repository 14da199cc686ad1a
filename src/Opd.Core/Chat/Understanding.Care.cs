using System.Text.RegularExpressions;

namespace Opd.Core.Chat;

/// <summary>Which department a message points to, whether it carries a danger sign, and what the patient takes back.</summary>
public static partial class Understanding
{
    /// <summary>Departments that a rule guesses from who the patient is or from common complaints, unless named outright.</summary>
    private static readonly string[] Guessed = ["pediatrics", "general_medicine"];

    private static readonly string[] NamedOutright = ["pediatric", "paediatric", "child specialist", "general medicine", "general physician", "physician",
        "बाल रोग", "सामान्य चिकित्सा", "ଶିଶୁ ରୋଗ", "ସାଧାରଣ ଚିକିତ୍ସା"];

    /// <summary>
    /// What the patient names beats what is guessed: a department or organ ("teeth", "skin", "bone
    /// doctor") wins over "my child" → pediatrics, which wins over "fever" → general medicine. Otherwise the most
    /// words win, and the list's order breaks ties.
    /// </summary>
    private static string? FindDepartment(string text, string[] words)
    {
        var hits = Lexicon.Departments.Select((d, i) => (d.Department, Hits: d.Words.Count(w => Has(text, words, w)), i)).Where(d => d.Hits > 0).ToList();
        var named = NamedOutright.Any(w => Has(text, words, w));
        // Between two guesses the patient's age group wins: a child's fever is for pediatrics.
        return hits.OrderBy(d => named ? 0 : Array.IndexOf(Guessed, d.Department) + 1).ThenByDescending(d => d.Hits).ThenBy(d => d.i)
            .Select(d => d.Department).FirstOrDefault();
    }

    private static bool IsDanger(string norm, string[] words) =>
        Lexicon.DangerSigns.Any(w => Has(norm, words, w))
        || Lexicon.ChestPain.Any(w => Has(norm, words, w)) && Lexicon.WithChestPain.Any(w => Has(norm, words, w));

    /// <summary>
    /// The text without a fact the patient takes back: "not Monday", "not 10 am", "instead of
    /// Tuesday", "सोमवार नहीं", "somvar nahi", "ସୋମବାର ନୁହେଁ". Only facts are dropped ("not eating" stays).
    /// </summary>
    internal static string WithoutNegated(string text)
    {
        var words = Words(text);
        string Drop(Match m) => IsFact(m.Groups["x"].Value, words) ? " " : m.Value;
        text = NegatedAfterPattern().Replace(text, Drop);
        return NegatedBeforePattern().Replace(text, Drop);
    }

    private static bool IsFact(string word, string[] words)
    {
        if (word.Length == 0)
            return false;
        if (char.IsDigit(word[0]))
            return true;
        string[] one = [word];
        return Lexicon.Weekdays.Any(d => d.Names.Contains(word)) || Lexicon.Today.Contains(word) || Lexicon.Tomorrow.Contains(word) || Lexicon.DayAfter.Contains(word)
            || Lexicon.Months.Any(m => word.StartsWith(m, StringComparison.Ordinal)) || Lexicon.DayParts.Any(d => d.Words.Contains(word))
            || Lexicon.Departments.Any(d => d.Words.Any(w => !w.Contains(' ') && Has($" {word} ", one, w)));
    }

    [GeneratedRegex(@"(?:\bnot|\binstead\s+of|\brather\s+than)\s+(?:on\s+|at\s+|the\s+|in\s+)?(?<x>[^\s,.;]+)(?:\s*(?:am|pm|a\.m\.|p\.m\.|baje|o'clock|bajje)\b)?")]
    private static partial Regex NegatedAfterPattern();

    [GeneratedRegex(@"(?<x>[^\s,.;]+)(?:\s*(?:am|pm|baje|बजे|ଟା)\b)?\s+(?:nahi|nahin|nai|नहीं|नही|ନୁହେଁ|ନୁହଁ|ନୁହେ|nuhen|nuhe|nuhan)(?=\s|$)")]
    private static partial Regex NegatedBeforePattern();
}
