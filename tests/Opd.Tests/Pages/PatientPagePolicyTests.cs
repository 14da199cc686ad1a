using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Pages;

/// <summary>
/// The public pages under their Content-Security-Policy: each one used as a patient uses it, and not
/// one thing refused. The server's clock stands at Monday 2026-11-23 08:00.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PatientPagePolicyTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };
    private const string CountPrints = "window.print = () => { window.printed = (window.printed || 0) + 1; };";

    [Fact]
    public async Task InjectedInlineScriptAndStyle_AreRefused_AndTheWatchSeesIt()
    {
        var page = await web.Page();
        var watch = await PolicyWatch.On(page);
        var response = await page.GotoAsync("/?lang=en");
        Assert.Contains("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);

        await page.EvaluateAsync("""
            () => {
              const s = document.createElement("script");
              s.textContent = "window.ran = true";
              document.head.appendChild(s);
              document.querySelector("h1").setAttribute("style", "color: red");
            }
            """);
        Assert.True(await watch.AnyWithin(TimeSpan.FromSeconds(5)));
        Assert.False(await page.EvaluateAsync<bool>("() => window.ran === true"));
        Assert.NotEqual("rgb(255, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).color"));
    }

    [Fact]
    public async Task BookingSteps_Chat_TokenPage_AndFind_WorkWithoutViolations()
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("Pediatrics", "pediatrics");
        await admin.NewSlot(doctor, "2026-11-23T10:00:00", "2026-11-23T11:00:00", 6);
        var ahead = await web.App.Anonymous().BookSlot(doctor);
        var page = await web.Page(phone: true);
        var watch = await PolicyWatch.On(page);
        await page.AddInitScriptAsync(CountPrints);

        await page.GotoAsync("/?lang=en");
        await page.FillAsync("#chat-input", "which departments do you have");
        await page.PressAsync("#chat-input", "Enter");
        await page.WaitForSelectorAsync(".chat-assistant");
        Assert.Contains("Pediatrics", await page.Locator(".chat-assistant").First.TextContentAsync());

        await page.ClickAsync("text=Book a token");
        await page.ClickAsync("text=Pediatrics");
        await page.ClickAsync("text=Dr Raj");
        await page.ClickAsync("text=Mon 23 Nov");
        await page.ClickAsync("text=10:00–11:00");
        await page.FillAsync("#name", "Asha Behera");
        await page.FillAsync("#age", "6");
        await page.FillAsync("#phone", Unique.Phone());
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/t/[0-9a-f-]{36}$"), Loaded);
        Assert.Equal("1", await page.TextContentAsync("#position"));
        Assert.Equal(1, await page.Locator(".qr svg").CountAsync());

        // The print button's handler now lives in a file, bound by print.js.
        await page.ClickAsync("[data-print]");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed || 0"));

        // Live over the hub: the call reaches the page without a reload.
        await admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null);
        await page.WaitForFunctionAsync($"() => document.getElementById('now-serving').textContent === '{ahead.TokenNumber}'",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.Equal("0", await page.TextContentAsync("#position"));

        await page.GotoAsync("/find");
        Assert.Equal(1, await page.Locator("form #phone").CountAsync());
        await page.ClickAsync("a[lang=or]");
        Assert.Equal("or", await page.GetAttributeAsync("html", "lang"));
        watch.ExpectNone();
    }

    [Fact]
    public async Task Board_FollowsACall_OverItsWebSocket_WithoutViolations()
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("ENT");
        await admin.NewSlot(doctor, "2026-11-23T12:00:00", "2026-11-23T13:00:00", 6);
        var token = await web.App.Anonymous().BookSlot(doctor);
        var board = await web.Page();
        var watch = await PolicyWatch.On(board);
        var sockets = 0;
        board.WebSocket += (_, _) => Interlocked.Increment(ref sockets);

        var response = await board.GotoAsync($"/board?doctors={doctor}&lang=en");
        Assert.Contains("connect-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await board.WaitForFunctionAsync("() => document.getElementById('status').hidden", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await board.ClickAsync("#voice");
        Assert.True(await board.Locator("#voice").IsHiddenAsync());

        await admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null);
        await board.WaitForFunctionAsync($"() => document.querySelector(\"[data-key='doctor:{doctor}'] [data-role=serving]\").textContent === '{token.TokenNumber}'",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        // connect-src 'self' lets the page open ws:// to its own host: the board stayed on the WebSocket.
        Assert.Equal(1, sockets);
        Assert.Equal("rgb(7, 27, 22)", await board.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        watch.ExpectNone();
    }

    [Fact]
    public async Task ApiDocs_ShowTheOperations_WithoutViolations()
    {
        var page = await web.Page();
        var watch = await PolicyWatch.On(page);
        await page.GotoAsync("/docs");
        await page.WaitForSelectorAsync(".opblock", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.True(await page.Locator(".opblock").CountAsync() > 10);
        watch.ExpectNone();
    }
}
