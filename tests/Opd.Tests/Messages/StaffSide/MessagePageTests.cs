using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.StaffSide;

/// <summary>The admin's message pages and the dashboard's delivery rates, as a signed-in browser without JavaScript uses them.</summary>
public sealed partial class MessagePageTests(MessageDesk desk) : IClassFixture<MessageDesk>
{
    [Fact]
    public async Task MessagesPage_FiltersTheLog_AndResendsAFailedMessage()
    {
        var bad = Unique.Phone();
        lock (desk.Refused)
            desk.Refused.Add(bad);
        var failed = await desk.Confirmation(bad, MessageStatus.Failed);
        var browser = await SignedIn();

        var page = await browser.GetStringAsync($"/staff/admin/messages?status=failed&phone={bad}");
        Assert.Contains($"data-message=\"{failed.Id}\"", page);
        Assert.Contains("1 messages", page);
        Assert.Contains("Failure rate per gateway and kind", page);
        Assert.DoesNotContain("data-message", await browser.GetStringAsync($"/staff/admin/messages?status=sent&phone={bad}"));
        Assert.Contains("The status must be one of", await browser.GetStringAsync("/staff/admin/messages?status=lost"));

        lock (desk.Refused)
            desk.Refused.Remove(bad);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Antiforgery(page)), new("id", failed.Id.ToString())]);
        var resent = await browser.PostAsync($"/staff/admin/messages?handler=Resend&phone={bad}", form);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var copy = Assert.Single(await desk.App.Messages(phone: bad), m => m.Id != failed.Id);
        await desk.App.WaitFor(copy.Id, MessageStatus.Sent);
        Assert.Contains("Sent again as message", await browser.GetStringAsync(resent.Headers.Location!.ToString()));
    }

    [Fact]
    public async Task TemplatesPage_ShowsParts_AndRefusesThreeVariables()
    {
        var browser = await SignedIn();
        var page = await browser.GetStringAsync("/staff/admin/templates");
        Assert.Contains("id=\"template-turn_near-en\"", page);
        Assert.Contains("GSM-7", page);
        Assert.Contains("Unicode", page);

        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Antiforgery(page)), new("kind", "reminder_morning"), new("language", "en"),
            new("text", "Today {token} with {delay} and {link}")]);
        var refused = await browser.PostAsync("/staff/admin/templates", form);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("has 3 variables", WebUtility.HtmlDecode(await browser.GetStringAsync("/staff/admin/templates")));
        await using var db = desk.App.Db();
        Assert.StartsWith("Today: your OPD token {token}.", db.MessageTemplates.Single(t => t.Kind == "reminder_morning" && t.Language == "en").Text);

        await desk.Confirmation(Unique.Phone(), MessageStatus.Sent);
        var dashboard = await browser.GetStringAsync("/staff/dashboard?from=2026-11-23&to=2026-11-30");
        Assert.Contains("id=\"deliveries\"", dashboard);
        Assert.Contains("data-kind=\"booking_confirmation\"", dashboard);
    }

    private async Task<HttpClient> SignedIn()
    {
        var browser = desk.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.True((await StaffLogin.Post(browser, "admin", OpdApp.AdminPassword)).SignedIn);
        return browser;
    }

    private static string Antiforgery(string page) => Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
