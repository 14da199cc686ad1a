using Opd.Web.Pages;

namespace Opd.Tests.Pages;

public sealed class TextsTests
{
    [Fact]
    public void EveryPatientText_IsThereInEnglishOdiaAndHindi()
    {
        foreach (var (key, (en, or, hi)) in Texts.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(en), key);
            Assert.Contains(or, c => c is >= '\u0B00' and <= '\u0B7F');
            Assert.Contains(hi, c => c is >= '\u0900' and <= '\u097F');
            Assert.Equal(en.Count(c => c == '{'), or.Count(c => c == '{'));
            Assert.Equal(en.Count(c => c == '{'), hi.Count(c => c == '{'));
        }
    }
}
