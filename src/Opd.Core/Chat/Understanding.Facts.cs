using System.Text.RegularExpressions;
using Opd.Core.Common;

namespace Opd.Core.Chat;

/// <summary>The patient's facts in a message: mobile, age, name, and a plain yes or no.</summary>
public static partial class Understanding
{
    private static string? FindPhone(string norm, out string rest)
    {
        foreach (Match m in PhonePattern().Matches(norm))
            // "45, 98765 43210" runs an age into the mobile: try the run from each group of digits on.
            for (var at = 0; at < m.Length; at++)
                if ((at == 0 || m.Value[at - 1] is ' ' or '-') && char.IsDigit(m.Value[at]) || at == 0 && m.Value[0] == '+')
                    if (IndianMobile.TryNormalize(m.Value[at..].Trim(), out var phone))
                    {
                        rest = norm.Remove(m.Index + at, m.Length - at).Insert(m.Index + at, " ");
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
        var value = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["c"].Value;
        return int.TryParse(value, out var age) && age is >= 0 and <= 120 ? age : null;
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
            if (PersonName.Validate(name) is null && !name.Any(char.IsDigit) && !known.Any(k => lower.Trim() == k || lower.Trim().StartsWith(k + " "))
                && CouldBeName(name))
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

    [GeneratedRegex(@"\+?\d[\d \-]{8,15}\d")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:\bage[d]?\b|\bumar\b|\bumr\b|उम्र|आयु|ବୟସ)\s*(?:is|of|:|-|=)?\s*(?<a>\d{1,3})\b|\b(?<b>\d{1,3})\s*(?:years?\b|yrs?\b|yr\b|y/o|year old|saal\b|sal\b|बरस|वर्ष|साल|ବର୍ଷ|barsa\b|bochhor\b)|(?:\bhe's|\bshe's|\bhe\s+is|\bshe\s+is|\bi\s+am|\bi'm|\bwho\s+is|\b(?:father|mother|mom|mum|dad|son|daughter|husband|wife|grandfather|grandmother|papa|maa|beta|beti|bapa|pua|jhia)(?:\s+is)?)\s*(?<c>\d{1,3})\b(?!\s*(?::|\.\d|am\b|pm\b|baje|o'clock|th\b|st\b|nd\b|rd\b|number|token|in\b))")]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"(?i:\bmy name is\b|\bname is\b|\bname\s+to\b|\bname\s+should\s+be\b|\bnaam\s+(?:badal\s*(?:ke|kar|do)?\s*)?|\bnama\s+(?:badalai\s*)?|\bname\s*[:\-]|\bpatient(?:'s)? name is\b|\bpatient\s*[:\-]|\bmera naam\b|\bmo nama\b|\bmora nama\b|\bnaam\b)\s*(?<n>[\p{L}][\p{L}\p{M} .']{1,60}?)(?=\s*(?:,|\.|;|$|\b(?i:and|age|aged|phone|mobile|number|for|with|on|at|hai|he|from|kar|karo|kardo|karna|kariba|karantu|please|not|instead)\b|\d))")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:for|i am|i'm|I am|I'm|this is|This is)\s+(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?=\s*(?:,|\.|;|$|\s+(?:and|age|aged|phone|mobile|for|with|on|at)\b|\s+\d))")]
    private static partial Regex NameForPattern();

    [GeneratedRegex(@"(?:मेरा नाम|मरीज़? का नाम|नाम|ମୋ ନାମ|ମୋର ନାମ|ରୋଗୀଙ୍କ ନାମ|ନାମ)\s*[:\-]?\s*(?:(?:बदलकर|बदल कर|बदलो|को|ବଦଳାଇ|ବଦଳାଇକି|ବଦଳାନ୍ତୁ)\s+)?(?<n>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}?)(?=\s*(?:है|हैं|ଅଟେ|,|।|\.|$|\s+(?:उम्र|आयु|फोन|मोबाइल|ବୟସ|ଫୋନ|ମୋବାଇଲ|कर|करो|करें|कर दो|ରଖନ୍ତୁ|କରନ୍ତୁ|କରିଦିଅନ୍ତୁ|କର)|\s+\d))")]
    private static partial Regex NameIndicPattern();

    [GeneratedRegex(@"\s+(?:hai|he|है|हैं|ଅଟେ|ଅଛି)$")]
    private static partial Regex NameTail();
}
