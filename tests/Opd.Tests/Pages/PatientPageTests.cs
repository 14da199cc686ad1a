using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Opd.Tests.Infrastructure;
using Opd.Tests.PhoneCodes;

namespace Opd.Tests.Pages;

/// <summary>The public pages in a real Chromium. The server's clock stands at Monday 2026-11-23 08:00.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PatientPageTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task Patient_BooksOnAPhone_AndSeesTheToken()
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("Pediatrics", "pediatrics");
        await admin.NewSlot(doctor, "2026-11-23T10:00:00", "2026-11-23T11:00:00", 6);
        var page = await web.Page(phone: true);

        await page.GotoAsync("/?lang=en");
        await BrowserFixture.Screenshot(page, "patient-home");
        await page.ClickAsync("text=Book a token");
        await page.ClickAsync("text=Pediatrics");
        await page.ClickAsync("text=Dr Raj");
        await page.ClickAsync("text=Mon 23 Nov");
        await page.ClickAsync("text=10:00–11:00");
        await page.FillAsync("#name", "Asha Behera");
        await page.FillAsync("#age", "6");
        await page.FillAsync("#phone", "98765 43111");
        await page.FillAsync("#symptoms", "Fever since two days");
        await BrowserFixture.Screenshot(page, "patient-booking");
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync(new Regex("/t/[0-9a-f-]{36}$"), Loaded);
        Assert.Equal("1", await page.TextContentAsync("#token-number"));
        Assert.Contains("Dr Raj", await page.TextContentAsync("#slip"));
        Assert.Equal(1, await page.Locator(".qr svg").CountAsync());
        Assert.Equal("0", await page.TextContentAsync("#position"));
        await BrowserFixture.Screenshot(page, "patient-token");

        // Found again from the mobile number and the code the SMS brings.
        await page.GotoAsync("/find");
        await page.FillAsync("#phone", "9876543111");
        await page.ClickAsync("#phone-step button[type=submit]");
        await page.FillAsync("#code", await web.App.LatestCode("9876543111"));
        await BrowserFixture.Screenshot(page, "patient-find");
        await page.ClickAsync("#code-step button[type=submit]");
        await page.ClickAsync("#own-tokens a");
        await page.WaitForURLAsync(new Regex("/t/[0-9a-f-]{36}$"), Loaded);
    }

    [Fact]
    public async Task OdiaBrowser_GetsOdia_AndTheSwitchIsRemembered()
    {
        var page = await web.Page(phone: true, locale: "or-IN");
        await page.GotoAsync("/");
        Assert.Equal("or", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ", await page.TextContentAsync("main"));
        await BrowserFixture.Screenshot(page, "patient-home-odia");

        await page.ClickAsync("a[lang=hi]");
        Assert.Contains("टोकन बुक करें", await page.TextContentAsync("main"));
        await page.GotoAsync("/book");
        Assert.Contains("विभाग चुनें", await page.TextContentAsync("main"));
        Assert.Equal("hi", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task BookingPage_WeighsAtMost50KB_WithItsStyles()
    {
        using var client = new HttpClient { BaseAddress = new Uri(web.App.BaseUrl) };
        var total = 0L;
        foreach (var url in new[] { "/book?department=general_medicine&doctor=any&date=2026-11-23&time=10:00", "/css/site.css" })
        {
            var reply = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            total += (await reply.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(total <= 50 * 1024, $"{total} bytes");
        Assert.DoesNotContain("<script", await client.GetStringAsync("/book?department=general_medicine&doctor=any&date=2026-11-23&time=10:00"));
    }

    [Fact]
    public async Task TokenPage_UpdatesLive_WhenTheDoctorCalls()
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("Dental", "dental");
        await admin.NewSlot(doctor, "2026-11-23T12:00:00", "2026-11-23T13:00:00", 6);
        var first = await web.App.Anonymous().BookSlot(doctor);
        var second = await web.App.Anonymous().BookSlot(doctor);
        var page = await web.Page(phone: true);
        await page.GotoAsync($"/t/{second.TokenId}?lang=en");
        Assert.Equal("1", await page.TextContentAsync("#position"));
        await page.WaitForFunctionAsync("() => document.querySelector('#live') && window.performance.now() > 0");

        await admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null);
        await page.WaitForFunctionAsync($"() => document.getElementById('now-serving').textContent === '{first.TokenNumber}'",
            null, new PageWaitForFunctionOptions { Timeout = 5000 });
        Assert.Equal("0", await page.TextContentAsync("#position"));
    }

    [Fact]
    public async Task ChatBox_Answers_AndShowsEverythingAsText()
    {
        var page = await web.Page(phone: true);
        await page.GotoAsync("/?lang=en");
        await page.FillAsync("#chat-input", "book a token, my name is <b>Bold</b> <img src=x onerror=window.hacked=1>");
        await page.PressAsync("#chat-input", "Enter");
        await page.WaitForSelectorAsync(".chat-assistant");
        Assert.Equal(0, await page.Locator("#chat-log b, #chat-log img").CountAsync());
        Assert.Contains("<b>Bold</b>", await page.Locator(".chat-patient").First.TextContentAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.hacked === 1"));

        await page.FillAsync("#chat-input", "which departments do you have");
        await page.PressAsync("#chat-input", "Enter");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.chat-assistant').length === 2");
        Assert.Contains("Pediatrics", await page.Locator(".chat-assistant").Nth(1).TextContentAsync());
        await BrowserFixture.Screenshot(page, "patient-chat");
    }
}
