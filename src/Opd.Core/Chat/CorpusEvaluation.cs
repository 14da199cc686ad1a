using System.Text.Json;
using System.Text.Json.Nodes;

namespace Opd.Core.Chat;

/// <summary>
/// Measures the offline engine against a corpus of utterances with their expected intent and
/// facts. An utterance counts as understood only when the intent and every fact it lists come out right.
/// </summary>
public static class CorpusEvaluation
{
    public sealed record Miss(string Text, string Expected, string Got);

    public sealed record Result(int Total, int Correct, IReadOnlyDictionary<string, (int Correct, int Total)> ByIntent, IReadOnlyList<Miss> Misses)
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
            Check("language", Text(item, "language") ?? "en", parsed.Language.ToString().ToLowerInvariant());
            var ok = expected.Count == 0;
            var (c, t) = byIntent.GetValueOrDefault(intent);
            byIntent[intent] = (c + (ok ? 1 : 0), t + 1);
            if (ok)
                correct++;
            else
                misses.Add(new Miss(text, string.Join(", ", expected), string.Join(", ", got)));
        }
        return new Result(items.Count, correct, byIntent, misses);
    }

    private static string? Text(JsonNode item, string field) => item[field] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        var v => v.ToJsonString(),
    };
}
