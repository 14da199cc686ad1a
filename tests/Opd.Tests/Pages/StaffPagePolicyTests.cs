using Microsoft.Playwright;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Pages;

/// <summary>The staff pages under their Content-Security-Policy, used as the desk, the doctor and the admin use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPagePolicyTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task Login_Desk_Console_Dashboard_AndAdmin_WorkWithoutViolations()
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("Orthopedics", "orthopedics");
        await admin.NewSlot(doctor, "2026-11-23T14:00:00", "2026-11-23T15:00:00", 10);
        var waiting = await web.App.Anonymous().BookSlot(doctor);
        var (username, password) = await web.StaffUser("admin");
        var page = await web.Page();
        var watch = await PolicyWatch.On(page);
        await page.AddInitScriptAsync("window.print = () => { window.printed = (window.printed || 0) + 1; };");

        await page.GotoAsync("/staff/login");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/staff", Loaded);

        await page.GotoAsync("/staff/desk");
        await page.FillAsync("#phone", Unique.Phone());
        await page.FillAsync("#name", "Rina Das");
        await page.FillAsync("#age", "40");
        await page.SelectOptionAsync("#department", "emergency");
        await page.ClickAsync("#register");
        await page.WaitForURLAsync("**/staff/desk?registered=*", Loaded);
        await page.ClickAsync("[data-print]");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed || 0"));

        await page.GotoAsync($"/staff/console?doctor={doctor}");
        await page.Keyboard.PressAsync("n");
        await page.WaitForFunctionAsync($"() => document.getElementById('serving-number')?.textContent === '{waiting.TokenNumber}'",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });

        await page.GotoAsync("/staff/dashboard");
        Assert.True(await page.Locator("svg.chart rect").CountAsync() > 0);

        foreach (var path in new[] { "/staff/admin", "/staff/admin/departments", "/staff/admin/doctors", $"/staff/admin/schedules?doctor={doctor}",
                     "/staff/admin/closures", "/staff/admin/staff", "/staff/admin/operations", "/staff/denied" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(1, await page.Locator("main h1").CountAsync());
        }
        // The checkboxes keep their natural width now that the rule is in the stylesheet, not on each box.
        await page.GotoAsync("/staff/admin/staff");
        Assert.True(await page.Locator("input[type=checkbox]").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width") < 50);

        await page.ClickAsync("button.link");
        await page.WaitForURLAsync("**/staff/login**", Loaded);
        watch.ExpectNone();
    }
}
