using Opd.Core.Chat;

namespace Opd.Tests.Chat;

/// <summary>How a corpus is scored: per intent and per language, with the facts of every class checked.</summary>
public sealed class CorpusEvaluationTests
{
    private const string Corpus = """
        {"today": "2026-11-23", "utterances": [
          {"text": "snake bite", "intent": "emergency", "danger": true},
          {"text": "मेरा नंबर 14 है, हड्डी विभाग, कितनी देर", "intent": "queue", "number": 14, "department": "orthopedics", "language": "hi"},
          {"text": "ଆଖି ଡାକ୍ତର ଅଛନ୍ତି କି", "intent": "departments", "missing": "eye", "language": "or"},
          {"text": "is the OPD open on Sunday", "intent": "info", "hours": true, "date": "2026-11-29"},
          {"text": "is the OPD open on Sunday", "intent": "info", "hours": false}
        ]}
        """;

    [Fact]
    public void EveryClassesFact_IsChecked_AndCountedPerIntentAndLanguage()
    {
        var result = CorpusEvaluation.Run(Corpus);
        Assert.Equal((4, 5), (result.Correct, result.Total));
        Assert.Equal((2, 3), result.ByLanguage["en"]);
        Assert.Equal((1, 1), result.ByLanguage["hi"]);
        Assert.Equal((1, 1), result.ByLanguage["or"]);
        Assert.Equal((1, 2), result.ByIntent["info"]);
        Assert.Equal("hours=false", Assert.Single(result.Misses).Expected);
    }
}
