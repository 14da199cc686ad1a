using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.Reminding;

/// <summary>The switch on the token page stops and restarts reminders for the token's phone, as a plain form in the patient's language.</summary>
public sealed partial class TokenPageSwitchTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Switch_StopsAndRestartsReminders_WithoutJavaScript()
    {
        var phone = Unique.Phone();
        var booked = await Anonymous.Book(Api.Booking(phone, date: App.OpenDay()));
        var client = App.CreateClient(); // keeps the language and antiforgery cookies, follows the redirect
        var page = await client.GetStringAsync($"/t/{booked.TokenId}?lang=or");
        Assert.Contains("ଏହି ମୋବାଇଲ୍ ନମ୍ବରକୁ ଟୋକେନ୍ ବିଷୟରେ SMS ସ୍ମାରକ ଆସେ।", page);

        page = await Flip(client, booked.TokenId, page, stop: true);
        Assert.Contains("ଏହି ମୋବାଇଲ୍ ନମ୍ବର ପାଇଁ SMS ସ୍ମାରକ ବନ୍ଦ ଅଛି।", page);
        Assert.Contains("ପୁଣି ସ୍ମାରକ ପଠାନ୍ତୁ", page);
        await using (var db = App.Db())
            Assert.Equal("web", (await db.OptOuts.SingleAsync(o => o.Phone == phone)).Channel);

        page = await Flip(client, booked.TokenId, page, stop: false);
        Assert.Contains("ସ୍ମାରକ ବନ୍ଦ କରନ୍ତୁ", page);
        await using (var db = App.Db())
            Assert.False(await db.OptOuts.AnyAsync(o => o.Phone == phone));

        var hindi = await client.GetStringAsync($"/t/{booked.TokenId}?lang=hi");
        Assert.Contains("रिमाइंडर बंद करें", hindi);
    }

    [Fact]
    public async Task Switch_ForAnUnknownToken_IsNotFound()
    {
        var client = App.CreateClient();
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        var page = await client.GetStringAsync($"/t/{booked.TokenId}");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Antiforgery().Match(page).Groups[1].Value), new("stop", "true")]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/t/{Guid.NewGuid()}?handler=Reminders", form)).StatusCode);
    }

    private static async Task<string> Flip(HttpClient client, string tokenId, string page, bool stop)
    {
        Assert.Contains($"value=\"{(stop ? "true" : "false")}\"", page);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Antiforgery().Match(page).Groups[1].Value), new("stop", stop ? "true" : "false")]);
        var answer = await client.PostAsync($"/t/{tokenId}?handler=Reminders", form);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
