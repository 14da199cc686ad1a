using System.Text.Json;
using System.Text.Json.Nodes;

namespace Opd.Core.Chat;

/// <summary>
/// Measures the offline engine against a corpus of utterances with their expected intent and
/// facts. An utterance counts as understood only when the intent and every fact it lists come out right
/// (name, age, phone, department, date, time, doctor, yes, token number, danger, a missing department,
/// a question about hours, and the language: "en" unless it says "hi" or "or").
/// </summary>
public static class CorpusEvaluation
{
    public sealed record Miss(string Text, string Expected, string Got);

    public sealed record Result(int Total, int Correct, IReadOnlyDictionary<string, (int Correct, int Total)> ByIntent, IReadOnlyList<Miss> Misses,
        IReadOnlyDictionary<string, (int Correct, int Total)> ByLanguage)
    {
        public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    }

    /// <summary>The corpus that ships with the engine (Chat/corpus.json).</summary>
    public static string BuiltIn()
    {
        using var stream = typeof(CorpusEvaluation).Assembly.GetManifestResourceStream("Opd.Core.Chat.corpus.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    public static Result Run(string corpusJson)
    {
        var corpus = JsonNode.Parse(corpusJson)!;
        var today = DateOnly.Parse(corpus["today"]!.GetValue<string>());
        var byIntent = new Dictionary<string, (int Correct, int Total)>();
        var byLanguage = new Dictionary<string, (int Correct, int Total)>();
        var misses = new List<Miss>();
        var correct = 0;
        var items = corpus["utterances"]!.AsArray();
        foreach (var item in items)
        {
            var text = item!["text"]!.GetValue<string>();
            var parsed = Understanding.Parse(text, today);
            var expected = new List<string>();
            var got = new List<string>();
            void Check(string field, string? want, string? have)
            {
                if (want is null || want == have)
                    return;
                expected.Add($"{field}={want}");
                got.Add($"{field}={have ?? "-"}");
            }
            var intent = item["intent"]!.GetValue<string>();
            Check("intent", intent, parsed.Intent.ToString().ToLowerInvariant());
            Check("department", Text(item, "department"), parsed.Department);
            Check("date", Text(item, "date"), parsed.Date?.ToString("yyyy-MM-dd"));
            Check("time", Text(item, "time"), parsed.Time?.ToString("HH:mm"));
            Check("phone", Text(item, "phone"), parsed.Phone);
            Check("age", Text(item, "age"), parsed.Age?.ToString());
            Check("name", Text(item, "name"), parsed.Name);
            Check("doctor", Text(item, "doctor"), parsed.Doctor);
            Check("yes", Text(item, "yes"), parsed.Yes?.ToString().ToLowerInvariant());
            Check("number", Text(item, "number"), parsed.TokenNumber?.ToString());
            Check("danger", Text(item, "danger"), parsed.Danger ? "true" : "false");
            Check("missing", Text(item, "missing"), parsed.Missing);
            Check("hours", Text(item, "hours"), parsed.AsksHours ? "true" : "false");
            var language = Text(item, "language") ?? "en";
            Check("language", language, parsed.Language.ToString().ToLowerInvariant());
            var ok = expected.Count == 0;
            var (c, t) = byIntent.GetValueOrDefault(intent);
            byIntent[intent] = (c + (ok ? 1 : 0), t + 1);
            var (lc, lt) = byLanguage.GetValueOrDefault(language);
            byLanguage[language] = (lc + (ok ? 1 : 0), lt + 1);
            if (ok)
                correct++;
            else
                misses.Add(new Miss(text, string.Join(", ", expected), string.Join(", ", got)));
        }
        return new Result(items.Count, correct, byIntent, misses, byLanguage);
    }

    private static string? Text(JsonNode item, string field) => item[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        var v => v.ToJsonString(),
    };
}
