using Opd.Core.Chat;
using Opd.Core.Messages.Inbound;

namespace Opd.Tests.Messages;

/// <summary>The first word of an SMS names its command, in English, Hindi and Odia, script or romanised.</summary>
public sealed class SmsKeywordTests
{
    [Theory]
    [InlineData("BOOK CARDIO TOMORROW", SmsKeyword.Book, ChatLanguage.En, "CARDIO TOMORROW")]
    [InlineData("book दांत कल", SmsKeyword.Book, ChatLanguage.Hi, "दांत कल")]
    [InlineData("ବୁକ୍ ଦାନ୍ତ କାଲି", SmsKeyword.Book, ChatLanguage.Or, "ଦାନ୍ତ କାଲି")]
    [InlineData("Status", SmsKeyword.Status, ChatLanguage.En, "")]
    [InlineData("स्थिति", SmsKeyword.Status, ChatLanguage.Hi, "")]
    [InlineData("abastha", SmsKeyword.Status, ChatLanguage.Or, "")]
    [InlineData("radd 23", SmsKeyword.Cancel, ChatLanguage.Hi, "23")]
    [InlineData("ବାତିଲ୍ ୨୩", SmsKeyword.Cancel, ChatLanguage.Or, "୨୩")]
    [InlineData("STOP.", SmsKeyword.Stop, ChatLanguage.En, "")]
    [InlineData("बन्द", SmsKeyword.Stop, ChatLanguage.Hi, "")]
    [InlineData("arambha", SmsKeyword.Start, ChatLanguage.Or, "")]
    [InlineData("I want to book a token", SmsKeyword.None, ChatLanguage.En, "I want to book a token")]
    [InlineData("bookings kaise dekhe", SmsKeyword.None, ChatLanguage.En, "bookings kaise dekhe")]
    public void FirstWord_NamesTheCommandAndItsLanguage(string text, SmsKeyword keyword, ChatLanguage language, string rest)
    {
        var command = SmsKeywords.Parse(text);
        Assert.Equal((keyword, language, rest), (command.Keyword, command.Language, command.Rest));
    }

    [Theory]
    [InlineData("23", 23)]
    [InlineData("token २३ please", 23)]
    [InlineData("୧୦", 10)]
    [InlineData("no number", null)]
    public void Numbers_AreReadInEveryScript(string text, int? number) => Assert.Equal(number, SmsKeywords.FirstNumber(text));
}
