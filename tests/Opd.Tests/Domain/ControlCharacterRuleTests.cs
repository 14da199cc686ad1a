using Opd.Core.Common;

namespace Opd.Tests.Domain;

public sealed class ControlCharacterRuleTests
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001")]
    [InlineData("\u0007")]
    [InlineData("\u000b")]
    [InlineData("\u001b")]
    [InlineData("\u001f")]
    [InlineData("\u007f")]
    [InlineData("\u0080")]
    [InlineData("\u0085")]
    [InlineData("\u009f")]
    public void ControlCharacters_AreRefusedEvenInMultiLineText(string c)
    {
        var problem = ControlText.Problem("notes", $"before{c}after", multiLine: true);
        Assert.NotNull(problem);
        Assert.StartsWith("notes ", problem);
        Assert.Contains($"U+{(int)c[0]:X4}", problem);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void LineBreaksAndTabs_BelongOnlyToMultiLineText(string c)
    {
        Assert.Null(ControlText.Problem("symptoms", $"cough{c}fever", multiLine: true));
        Assert.Contains("single line", ControlText.Problem("patient_name", $"John{c}Doe", multiLine: false));
    }

    // Code units, because a lone surrogate in a string would not survive as theory data.
    [Theory]
    [InlineData(new[] { 0xd800 })]
    [InlineData(new[] { 'a', 0xdc00, 'b' })]
    [InlineData(new[] { 'e', 'n', 'd', 0xd83d })]
    [InlineData(new[] { 0xde00, 0xd83d })]
    public void UnpairedSurrogates_AreRefused(int[] units)
    {
        var text = new string(units.Select(u => (char)u).ToArray());
        Assert.Contains("broken character", ControlText.Problem("patient_name", text, multiLine: true));
    }

    [Theory]
    [InlineData("John O'Brien-Smith")]
    [InlineData("ସୁରେଶ ପାଣ୍ଡା")]
    [InlineData("सुरेश पांडा")]
    [InlineData("Feeling 😀 – better ¡ ÿ \u00a0 \u00a0")]
    [InlineData("")]
    [InlineData(null)]
    public void OrdinaryText_InAnyScript_IsAccepted(string? text) =>
        Assert.Null(ControlText.Problem("patient_name", text, multiLine: false));

    [Fact]
    public void TheMultiLineFields_AreTheFreeTextOnes()
    {
        Assert.All(["symptoms", "notes", "note", "reason", "message", "Symptoms"], f => Assert.True(ControlText.IsMultiLine(f), f));
        Assert.All(["patient_name", "patient_phone", "department", "name", "phone", "booking_date", "thread_id"], f => Assert.False(ControlText.IsMultiLine(f), f));
    }
}
