using System.Text;
using System.Text.RegularExpressions;
using Opd.Core.Common;

namespace Opd.Core.Chat;

/// <summary>
/// Names the patient gives without the word "name": after a relation ("my daughter Priya Mohanty",
/// "मेरी बेटी प्रिया", "ମୋ ଝିଅ ପ୍ରିୟା") or at the head of a line of facts ("Sabita 38 yrs 94370…").
/// A word that answers, greets or belongs to the engine's vocabulary is never a name.
/// </summary>
public static partial class Understanding
{
    /// <summary>Built on first use, after the word lists it draws from.</summary>
    private static class Vocabulary
    {
        public static readonly HashSet<string> NotNames = BuildNotNames();

        public static readonly HashSet<string> Answers = new(Lexicon.Yes.Concat(Lexicon.No).SelectMany(w => w.Split(' ')).Concat(Lexicon.Yes).Concat(Lexicon.No)
            .Concat(Lexicon.Intents.Where(i => i.Intent == Intent.Greeting).SelectMany(i => i.Phrases))
            .Concat(["theek", "thik", "accha", "acha", "achha", "hmm", "hm", "kk", "hello", "hi", "thanks", "sorry"])
            .Where(w => w.Length > 1), StringComparer.Ordinal); // initials ("K. Ramesh") stay names
    }

    private static HashSet<string> NotNames => Vocabulary.NotNames;

    /// <summary>Whether every word of a candidate found inside a sentence could be part of a person's name.</summary>
    internal static bool CouldBeName(string candidate)
    {
        var words = Normalize(candidate).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && PersonName.Validate(candidate.Trim()) is null && !candidate.Any(char.IsDigit)
            && !words.Any(w => NotNames.Contains(w.Trim('.', '\'')));
    }

    /// <summary>
    /// Whether a whole reply to "what is the name?" is a name: no answer or greeting word in it, and
    /// one word at least that is not the engine's own ("Kali Charan Das" is a name; "tomorrow" is not).
    /// </summary>
    internal static bool IsNameReply(string reply)
    {
        var words = Normalize(reply).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', '\'')).ToArray();
        return words.Length > 0 && PersonName.Validate(reply.Trim()) is null && !reply.Any(char.IsDigit)
            && !words.Any(Vocabulary.Answers.Contains) && words.Any(w => !NotNames.Contains(w));
    }

    /// <summary>The name after a relation: up to three words, until a word that is not a name or a comma.</summary>
    private static string? RelationName(string text)
    {
        var m = RelationPattern.Match(text);
        if (!m.Success)
            return null;
        var taken = new List<string>();
        foreach (var raw in text[(m.Index + m.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd(',', '.', ';', '!', '?', '।');
            if (word.Length == 0 || word.Any(c => char.IsDigit(c) || c is ':' or '/' or '(') || NotNames.Contains(Normalize(word).Trim()) || !NameLike(word, text))
                break;
            taken.Add(word);
            if (taken.Count == 3 || word.Length != raw.Length)
                break;
        }
        var name = string.Join(' ', taken);
        return taken.Count > 0 && CouldBeName(name) ? name : null;
    }

    /// <summary>
    /// A Latin word after a relation is a name when capitalised ("my son Rahul"); in a message typed
    /// all in small letters, when it does not read as an English verb form ("my son coughing").
    /// </summary>
    private static bool NameLike(string word, string text) =>
        word[0] > '\u024F' || char.IsUpper(word[0]) || !text.Any(char.IsUpper) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>A message that opens with a name and then an age: "Sabita 38 yrs …", "Ramesh Nayak, 45, 98765 43210".</summary>
    private static (string? Name, int? Age) LeadingFacts(string text)
    {
        var m = LeadingPattern().Match(text);
        if (!m.Success || !CouldBeName(m.Groups["n"].Value))
            return (null, null);
        var age = int.TryParse(Normalize(m.Groups["a"].Value).Trim(), out var years) && years is >= 0 and <= 120 ? years : (int?)null;
        return (m.Groups["n"].Value.Trim(), age);
    }

    /// <summary>A bare number right after the name is the age: "for Asha Behera 32 98765 43210", "my wife Gita, 30".</summary>
    private static int? AgeAfterName(string norm, string? name)
    {
        if (name is null)
            return null;
        var m = Regex.Match(norm, Regex.Escape($" {Normalize(name).Trim()} ") + @"\s*(?<a>\d{1,3})(?!\d|\s*(?::|\.\d|am\b|pm\b|baje|बजे|ଟା|/))");
        return m.Success && int.TryParse(m.Groups["a"].Value, out var age) && age <= 120 ? age : null;
    }

    private static readonly Regex RelationPattern = new((
        @"(?:(?i:\bmy\s+(?:little\s+|younger\s+|elder\s+|old\s+|small\s+|\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old\s+)?(?:daughter|son|father|mother|wife|husband|brother|sister|grandfather|grandmother|grandson|granddaughter|mom|mum|dad|papa|uncle|aunt|aunty|baby|child|kid|boy|girl|niece|nephew|friend|neighbour|neighbor)"
        + @"|\b(?:meri|mera|mere)\s+(?:beti|beta|bachchi|bachcha|maa|mummy|papa|pita|pitaji|patni|pati|bhai|behen|bahan|dadi|dada|nani|nana)"
        + @"|\b(?:mo|mora)\s+(?:jhia|pua|bapa|maa|bou|stree|stri|swami|bhai|bhauni|jeje|jejema|nati|natuni))"
        + @"|(?:मेरी|मेरा|मेरे)\s+(?:बेटी|बेटा|बच्ची|बच्चा|माँ|मां|मम्मी|पापा|पिता|पिताजी|पत्नी|पति|भाई|बहन|दादी|दादा|नानी|नाना)"
        + @"|(?:ମୋ|ମୋର)\s+(?:ଝିଅ|ପୁଅ|ବାପା|ମାଆ|ବୋଉ|ସ୍ତ୍ରୀ|ସ୍ୱାମୀ|ଭାଇ|ଭଉଣୀ|ଜେଜେମା|ଜେଜେ|ନାତୁଣୀ|ନାତି)"
        + @")(?:\s*(?:जी|ji|ଙ୍କ|nka))?\s*[,:\-]?\s*(?:(?i:named|called|name is|naam|nama|whose name is)\s+|नाम\s+|ନାମ\s+)?").Normalize(NormalizationForm.FormC),
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\s*(?<n>\p{L}[\p{L}\p{M}'.]*(?:\s+\p{L}[\p{L}\p{M}'.]*){0,2})\s*[,\-]?\s*(?<a>\d{1,3})(?!\d)(?!\s*(?::|\.\d|am\b|pm\b|a\.m|p\.m|baje|बजे|ଟା|th\b|st\b|nd\b|rd\b|/|-\d))")]
    private static partial Regex LeadingPattern();

    private static HashSet<string> BuildNotNames()
    {
        string[] plain =
        [
            "i", "me", "my", "mine", "we", "our", "he", "she", "his", "her", "him", "it", "is", "am", "are", "was", "has", "have", "having", "had", "for", "with",
            "and", "or", "who", "the", "a", "an", "to", "at", "on", "in", "of", "from", "by", "age", "aged", "years", "year", "yrs", "yr", "old", "needs", "need",
            "wants", "want", "please", "pls", "plz", "sorry", "thanks", "thank", "sir", "madam", "mam", "token", "tokens", "doctor", "dr", "patient", "hospital",
            "number", "no", "mobile", "phone", "name", "change", "not", "also", "very", "too", "just", "only", "this", "that", "there", "here", "what", "when",
            "where", "how", "which", "why", "can", "could", "will", "would", "should", "do", "does", "did", "got", "get", "give", "book", "booking", "appointment",
            "check", "checkup", "problem", "pain", "sick", "ill", "unwell", "since", "suffering", "feeling", "now", "then", "again", "opd", "clinic", "new",
            "ke", "ki", "ka", "ko", "liye", "hai", "hain", "tha", "thi", "ko", "se", "me", "mein", "bhi", "aur", "wala", "wali", "naam", "umar", "saal", "sal",
            "ku", "ra", "paain", "pain", "achi", "achhi", "nama", "barsa", "bayasa", "heba", "karibi", "o", "au", "ta", "ti", "jana",
            "के", "की", "का", "को", "लिए", "है", "हैं", "था", "थी", "से", "में", "भी", "और", "नाम", "उम्र", "साल", "वर्ष", "बरस", "टोकन", "डॉक्टर", "कृपया",
            "ର", "କୁ", "ପାଇଁ", "ଅଛି", "ଅଟେ", "ଓ", "ଏବଂ", "ନାମ", "ବୟସ", "ବର୍ଷ", "ଟୋକେନ୍", "ଟୋକେନ", "ଡାକ୍ତର", "ଦୟାକରି", "ଧନ୍ୟବାଦ", "धन्यवाद",
            "mera", "meri", "mere", "main", "mai", "hum", "mora", "mu", "mun", "ame", "nambar", "numbar", "मेरा", "मेरी", "मेरे", "मैं", "हम", "नंबर", "नम्बर",
            "ମୋ", "ମୋର", "ମୁଁ", "ଆମେ", "ନମ୍ବର", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "ଟି", "ଟା", "ଅସୁସ୍ଥ", "ବହୁତ", "बीमार", "बहुत", "तेज़", "bimar", "bahut", "tez", "ill", "sick", "unwell", "got", "feels", "keeps",
        ];
        var words = new HashSet<string>(plain.Select(w => w.Normalize(NormalizationForm.FormC)), StringComparer.Ordinal);
        foreach (var list in new[] { Lexicon.Yes, Lexicon.No, Lexicon.Today, Lexicon.Tomorrow, Lexicon.Next, Lexicon.Months })
            words.UnionWith(list.SelectMany(w => w.Split(' ')).Concat(list));
        words.UnionWith(["theek", "thik", "accha", "acha", "achha", "bilkul", "hmm", "hm", "k", "kk", "fine", "right", "good", "great", "alright"]);
        words.UnionWith(Lexicon.Weekdays.SelectMany(w => w.Names));
        words.UnionWith(Lexicon.DayParts.SelectMany(d => d.Words));
        words.UnionWith(Lexicon.Departments.SelectMany(d => d.Words));
        words.UnionWith(Lexicon.Missing.SelectMany(d => d.Words));
        words.UnionWith(NumberWords.Keys);
        words.UnionWith(Lexicon.Intents.Where(i => i.Intent is Intent.Greeting or Intent.Help).SelectMany(i => i.Phrases));
        words.UnionWith(Lexicon.Intents.SelectMany(i => i.Phrases).Where(p => !p.Contains(' ') && p.Length >= 4));
        return words;
    }
}
