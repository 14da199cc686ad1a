using Opd.Core.Messages;

namespace Opd.Tests.Messages;

public sealed class SegmentAndBackoffTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void GsmText_Takes160InOnePart_153PerPartWhenSplit(int length, int parts)
    {
        var count = SmsSegments.Of(new string('a', length));
        Assert.False(count.Unicode);
        Assert.Equal(parts, count.Parts);
    }

    [Fact]
    public void GsmExtensionCharacters_CountTwice()
    {
        var count = SmsSegments.Of(new string('€', 80) + "a");
        Assert.False(count.Unicode);
        Assert.Equal(161, count.Units);
        Assert.Equal(2, count.Parts);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void OdiaOrHindiText_Takes70InOnePart_67PerPartWhenSplit(int length, int parts)
    {
        var count = SmsSegments.Of(new string('ଟ', length));
        Assert.True(count.Unicode);
        Assert.Equal(parts, count.Parts);
    }

    [Fact]
    public void OneCharacterOutsideGsm_MakesTheWholeTextUnicode()
    {
        var text = new string('a', 100) + "टो";
        Assert.Equal(new SmsSegments.Count(true, 102, 2), SmsSegments.Of(text));
    }

    [Fact]
    public void Backoff_DoublesWithJitter_UpToTheMaximum()
    {
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromMinutes(10);
        Assert.Equal(TimeSpan.FromSeconds(15), Backoff.After(1, first, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.After(1, first, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(60), Backoff.After(2, first, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(90), Backoff.After(3, first, max, 0.5));
        Assert.Equal(TimeSpan.FromMinutes(10), Backoff.After(30, first, max, 1));
        Assert.Equal(TimeSpan.FromMinutes(10), Backoff.After(1000, first, max, 1));
        for (var attempt = 1; attempt < 8; attempt++)
        {
            var wait = Backoff.After(attempt, first, max, Random.Shared.NextDouble());
            var full = Math.Min(30 * Math.Pow(2, attempt - 1), 600);
            Assert.InRange(wait.TotalSeconds, full / 2, full);
        }
    }
}
