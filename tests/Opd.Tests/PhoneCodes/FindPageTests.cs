using System.Net;
using Opd.Tests.Infrastructure;
using Opd.Tests.Messages;

namespace Opd.Tests.PhoneCodes;

/// <summary>/find as a phone without script uses it: mobile number, then the code from the SMS, then that number's own tokens.</summary>
public sealed class FindPageTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task PhoneThenCode_ListsOnlyThatNumbersTokens_WithLinksToTheirPages()
    {
        var (phone, other) = (Unique.Phone(), Unique.Phone());
        var day = App.OpenDay();
        var mine = await Anonymous.Book(Api.Booking(phone, "dental", day, "10:00"));
        var theirs = await Anonymous.Book(Api.Booking(other, "dental", day, "10:00"));
        var browser = App.CreateClient();

        var start = await browser.GetStringAsync("/find?lang=en");
        Assert.Contains("id=\"phone-step\"", start);
        Assert.DoesNotContain("token_number", start);
        var codeStep = await browser.Post("/find", start, ("phone", phone));
        Assert.Contains("id=\"code-step\"", codeStep);
        Assert.Contains($"code by SMS to {phone}", codeStep);
        var code = await App.LatestCode(phone);
        Assert.DoesNotContain(code, codeStep);

        var wrong = await browser.Post("/find?handler=verify", codeStep, ("phone", phone), ("code", code == "999999" ? "000000" : "999999"));
        Assert.Contains("id=\"problem\"", wrong);
        Assert.Contains("id=\"code-step\"", wrong);
        Assert.DoesNotContain(mine.TokenId, wrong);

        var list = await browser.Post("/find?handler=verify", wrong, ("phone", phone), ("code", code));
        Assert.Contains($"href=\"/t/{mine.TokenId}\"", list);
        Assert.DoesNotContain(theirs.TokenId, list);
        Assert.Contains($"#{mine.TokenNumber}", list);
    }

    [Fact]
    public async Task InOdia_ThePageAndTheSmsAreOdia_AndANumberWithoutTokensSaysSo()
    {
        var phone = Unique.Phone();
        var browser = App.CreateClient();
        var start = await browser.GetStringAsync("/find?lang=or");
        Assert.Contains("ମୋବାଇଲ୍ ନମ୍ବର", start);
        var codeStep = await browser.Post("/find", start, ("phone", phone));
        Assert.Contains("ଆମେ", codeStep);
        var message = (await App.CodeMessages(phone))[^1];
        Assert.Equal("or", message.Language);
        var list = await browser.Post("/find?handler=verify", codeStep, ("phone", phone), ("code", Codes.CodeIn(message.Text)));
        Assert.Contains("id=\"none\"", list);
        Assert.Contains("ଆଗାମୀ ଟୋକେନ୍ ନାହିଁ", list);
    }

    [Fact]
    public async Task ABadNumber_IsAskedForAgain_AndAQuickSecondRequestUsesTheFirstCode()
    {
        var browser = App.CreateClient();
        var start = await browser.GetStringAsync("/find?lang=hi");
        var bad = await browser.Post("/find", start, ("phone", "12345"));
        Assert.Contains("id=\"phone-step\"", bad);
        Assert.Contains("10 अंकों", bad);

        var phone = Unique.Phone();
        var first = await browser.Post("/find", bad, ("phone", phone));
        var second = await browser.Post("/find", first, ("phone", phone));
        Assert.Contains("id=\"code-step\"", second);
        Assert.Contains("id=\"problem\"", second);
        Assert.Single(await App.CodeMessages(phone));
        Assert.Equal("hi", (await App.CodeMessages(phone))[0].Language);
    }
}
