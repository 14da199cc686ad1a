using Opd.Core.Tokens;

namespace Opd.Tests.Domain;

public sealed class TokenStatusRulesTests
{
    [Fact]
    public void OnlyTheDocumentedTransitions_AreAllowed()
    {
        var allowed = new HashSet<(TokenStatus, TokenStatus)>
        {
            (TokenStatus.Pending, TokenStatus.Confirmed), (TokenStatus.Pending, TokenStatus.Completed),
            (TokenStatus.Pending, TokenStatus.Cancelled), (TokenStatus.Pending, TokenStatus.NoShow),
            (TokenStatus.Confirmed, TokenStatus.Completed), (TokenStatus.Confirmed, TokenStatus.Cancelled),
            (TokenStatus.Confirmed, TokenStatus.NoShow),
        };
        foreach (var from in Enum.GetValues<TokenStatus>())
            foreach (var to in Enum.GetValues<TokenStatus>())
                Assert.Equal(allowed.Contains((from, to)), TokenStatusRules.CanChange(from, to));
    }

    [Theory]
    [InlineData(TokenStatus.Completed)]
    [InlineData(TokenStatus.Cancelled)]
    [InlineData(TokenStatus.NoShow)]
    public void FinalStatuses_AreFinal(TokenStatus status)
    {
        Assert.True(TokenStatusRules.IsFinal(status));
        Assert.DoesNotContain(Enum.GetValues<TokenStatus>(), to => TokenStatusRules.CanChange(status, to));
    }

    [Theory]
    [InlineData("no_show", TokenStatus.NoShow)]
    [InlineData("CONFIRMED", TokenStatus.Confirmed)]
    [InlineData(" pending ", TokenStatus.Pending)]
    public void WireNames_Parse(string text, TokenStatus expected)
    {
        Assert.True(TokenText.TryParseStatus(text, out var status));
        Assert.Equal(expected, status);
        Assert.False(TokenText.TryParseStatus("NoShow", out _));
    }
}
