using System.Text;
using System.Text.RegularExpressions;

namespace Opd.Core.Chat;

public enum ChatLanguage { En, Hi, Or }

/// <summary>
/// What one message says: the intent, the facts it gives, and the language it is written in.
/// <see cref="Inferred"/>: no word named the intent; it was guessed from the facts (symptoms, a token id).
/// <see cref="Danger"/>: a sign that needs Emergency now; <see cref="Missing"/>: a department the clinic does not have ("eye");
/// <see cref="AsksHours"/>: an information question about when something is open.
/// </summary>
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
    bool? Yes = null,
    bool Inferred = false,
    bool Danger = false,
    string? Missing = null,
    bool AsksHours = false);

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
        var leading = LeadingFacts(original);
        var name = FindName(original) ?? RelationName(original) ?? leading.Name;
        // Facts are read with number words as digits, without what the patient takes back ("not Monday"),
        // and without the name ("Rashmi" is not a rash).
        var facts = WithoutNegated(WithDigits(name is null ? rest : rest.Replace($" {Normalize(name).Trim()} ", " ", StringComparison.Ordinal)));
        var factWords = Words(facts);
        var age = FindAge(facts) ?? leading.Age ?? AgeAfterName(withoutPhone, name);
        var time = FindTime(facts, factWords, out var withoutTime);
        var date = FindDate(withoutTime, factWords, today);
        var department = FindDepartment(facts, factWords);
        var missing = Lexicon.Missing.FirstOrDefault(m => m.Words.Any(w => Has(facts, factWords, w))).Key;
        var tokenNumber = TokenNumberPattern().Match(facts) is { Success: true } n && int.TryParse(n.Groups["t"].Value, out var number) ? number : (int?)null;
        var doctor = DoctorPattern().Match(original) is { Success: true } dr ? dr.Groups[1].Value.Trim() : null;
        var danger = IsDanger(norm, words);

        var scores = new Dictionary<Intent, int>();
        foreach (var (intent, weight, phrases) in Lexicon.Intents)
            foreach (var phrase in phrases)
                if (Has(norm, words, phrase))
                    scores[intent] = Math.Max(scores.GetValueOrDefault(intent), weight);
        var best = scores.Count == 0 ? Intent.None : scores.OrderByDescending(s => s.Value).ThenBy(s => (int)s.Key).First().Key;
        // A greeting word in a longer request ("hi, I want to book…") does not make it a greeting.
        if (best == Intent.Greeting && scores.Count > 1)
            best = scores.Where(s => s.Key != Intent.Greeting).OrderByDescending(s => s.Value).ThenBy(s => (int)s.Key).First().Key;
        // "Haddi vibhag, kitna time" names a department to ask about, not for the list of departments.
        if (best == Intent.Departments && department is not null && scores.Count > 1)
            best = scores.Where(s => s.Key != Intent.Departments).OrderByDescending(s => s.Value).ThenBy(s => (int)s.Key).First().Key;
        // "Help with booking" wants a booking.
        if (best == Intent.Help && scores.ContainsKey(Intent.Book))
            best = Intent.Book;
        // Symptoms with "help" or a greeting ("my tooth hurts, need help") ask for care; so does a department the clinic lacks.
        if (best is Intent.Help or Intent.Greeting or Intent.None && (department is not null || missing is not null) && tokenId is null)
            best = Intent.Book;
        else if (best == Intent.None && tokenId is not null)
            best = Intent.Status;
        // "Number 23 in dental?" asks about a token in the queue, not for a new one.
        if (tokenNumber is not null && best == Intent.Book && !scores.ContainsKey(Intent.Book))
            best = Intent.Queue;
        // A danger sign is never a booking nor a question: the patient must go to Emergency now.
        if (danger)
            best = Intent.Emergency;
        var asksHours = best == Intent.Info && (date is not null || department is not null || Lexicon.HoursWords.Any(w => Has(norm, words, w)));

        return new Parsed(best, language, name, age, phone, department, date, time, tokenId, tokenNumber,
            doctor, YesOrNo(norm, words), Inferred: !scores.ContainsKey(best), Danger: danger, Missing: missing, AsksHours: asksHours);
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

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"(?:\btoken|\bnumber|\bno\.?|#|\bnum|\bnambar|\bnumbar|टोकन|नंबर|नम्बर|ଟୋକେନ୍|ଟୋକେନ|ନମ୍ବର)\s*(?:number|no\.?|#|नंबर|ନମ୍ବର)?\s*(?:is\s+|hai\s+|है\s+|ହେଉଛି\s+)?(?<t>\d{1,4})(?!\d|:|\s*(?:am\b|pm\b|baje|बजे|ଟା|years?\b|yrs?\b|saal|साल|ବର୍ଷ))|\b(?<t>\d{1,4})\s*(?:number\b|no\b|nambar|नंबर|नम्बर|ନମ୍ବର)")]
    private static partial Regex TokenNumberPattern();

    [GeneratedRegex(@"\b(?:Dr\.?|Doctor|doctor|dr\.?)\s+(?<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")]
    private static partial Regex DoctorPattern();
}
