using Opd.Core.Chat;

namespace Opd.Tests.Chat;

/// <summary>The offline language engine, without a database. "Today" is Monday 2026-11-23.</summary>
public sealed class UnderstandingTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void BuiltInCorpus_IsUnderstoodAtLeast95Percent()
    {
        var result = CorpusEvaluation.Run(CorpusEvaluation.BuiltIn());
        Assert.True(result.Total >= 150, $"{result.Total} utterances");
        Assert.True(result.Accuracy >= 0.95,
            $"{result.Accuracy:P1}; misses:\n" + string.Join("\n", result.Misses.Select(m => $"{m.Text}: expected {m.Expected}, got {m.Got}")));
        foreach (var language in new[] { "\"hi\"", "\"or\"" })
            Assert.True(CorpusEvaluation.BuiltIn().Split(language).Length > 25, $"too few utterances in {language}");
    }

    [Theory]
    [InlineData("next monday", "2026-11-30")]
    [InlineData("on friday", "2026-11-27")]
    [InlineData("15/01", "2027-01-15")]
    [InlineData("15 Jan", "2027-01-15")]
    [InlineData("January 15", "2027-01-15")]
    [InlineData("2026-12-24", "2026-12-24")]
    [InlineData("day after tomorrow", "2026-11-25")]
    [InlineData("kal", "2026-11-24")]
    [InlineData("ଆଜି", "2026-11-23")]
    public void Dates_AreReadInTheClinicsCalendar(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Understanding.Parse(text, Monday).Date);

    [Theory]
    [InlineData("at 2", "14:00")]
    [InlineData("2 PM", "14:00")]
    [InlineData("14:30", "14:30")]
    [InlineData("10.30 am", "10:30")]
    [InlineData("morning", "09:00")]
    [InlineData("शाम", "16:00")]
    public void Times_AreReadAsTheOpdUsesThem(string text, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected), Understanding.Parse(text, Monday).Time);

    [Theory]
    [InlineData("9876543210")]
    [InlineData("+91 98765 43210")]
    [InlineData("+91-9876543210")]
    [InlineData("098765 43210")]
    [InlineData("९८७६५४३२१०")]
    public void IndianMobiles_InTheirUsualSpellings(string text) =>
        Assert.Equal("9876543210", Understanding.Parse($"my number is {text}", Monday).Phone);

    [Theory]
    [InlineData("my heart hurts", "cardiology")]
    [InlineData("my child is sick", "pediatrics")]
    [InlineData("tooth broke", "dental")]
    [InlineData("pregnant", "gynecology")]
    [InlineData("anxiety attacks", "psychiatry")]
    [InlineData("rash", "dermatology")]
    [InlineData("fractured leg", "orthopedics")]
    public void EverydayWords_LeadToTheDepartment(string text, string department) =>
        Assert.Equal(department, Understanding.Parse(text, Monday).Department);

    [Fact]
    public void Language_FollowsTheScriptOrTheRomanisedWords()
    {
        Assert.Equal(ChatLanguage.Or, Understanding.Parse("ମୋ ଟୋକେନ୍", Monday).Language);
        Assert.Equal(ChatLanguage.Hi, Understanding.Parse("मेरा टोकन", Monday).Language);
        Assert.Equal(ChatLanguage.Hi, Understanding.Parse("mujhe kal dikhana hai", Monday).Language);
        Assert.Equal(ChatLanguage.En, Understanding.Parse("book for tomorrow", Monday).Language);
    }
}
