using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Staff;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Staff;

/// <summary>Sessions that end when they should: password changed, user deactivated, twelve hours after sign-in.</summary>
public sealed class StaffSessionTests(OpdApp app) : ApiTest(app)
{
    private const string Password = "right-password-1234";

    private ManageStaff Staff => App.Services.GetRequiredService<ManageStaff>();

    private async Task<(string Username, string Key)> NewUser(StaffRole role = StaffRole.Reception)
    {
        var username = $"desk{Guid.NewGuid():N}"[..14];
        var key = (await Staff.CreateUser(username, null, [role], CancellationToken.None)).Value!.Secret;
        await Staff.SetPassword(username, Password, CancellationToken.None);
        return (username, key);
    }

    private async Task<HttpClient> SignedIn(string username)
    {
        var browser = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.True((await StaffLogin.Post(browser, username, Password)).SignedIn);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
        return browser;
    }

    private static async Task AssertSentToLogin(HttpClient browser)
    {
        using var page = await browser.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/staff/login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task PasswordChange_EndsEverySession_AtTheNextRequest()
    {
        var (username, _) = await NewUser();
        var (desk, laptop) = (await SignedIn(username), await SignedIn(username));
        await Staff.SetPassword(username, "a-brand-new-password", CancellationToken.None);
        await AssertSentToLogin(desk);
        await AssertSentToLogin(laptop);
    }

    [Fact]
    public async Task Deactivation_StopsKeysSessionsAndSignIn()
    {
        var (username, key) = await NewUser();
        var browser = await SignedIn(username);
        Assert.Equal(HttpStatusCode.OK, (await App.Staff(key).Get("/tokens/search")).Status);

        var deactivated = await Admin.Send(HttpMethod.Post, $"/api/staff/{username}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, deactivated.Status);
        Assert.False(deactivated.Body!["is_active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Staff(key).Get("/tokens/search")).Status);
        await AssertSentToLogin(browser);
        var again = await StaffLogin.Post(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), username, Password);
        Assert.False(again.SignedIn);
        Assert.Contains("The username or password is not right.", again.Body);

        Assert.Equal(HttpStatusCode.OK, (await Admin.Send(HttpMethod.Post, $"/api/staff/{username}/activate", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await App.Staff(key).Get("/tokens/search")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Send(HttpMethod.Post, "/api/staff/nobody-here/deactivate", null)).Status);
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSignIn_HoweverBusy()
    {
        var (username, _) = await NewUser();
        var start = App.Clock.Now;
        try
        {
            var browser = await SignedIn(username);
            // A page every 90 minutes renews the 2-hour idle limit each time (past half of it); the absolute limit still comes.
            for (var minutes = 90; minutes < 12 * 60; minutes += 90)
            {
                App.Clock.Now = start.AddMinutes(minutes);
                Assert.True(HttpStatusCode.OK == (await browser.GetAsync("/staff")).StatusCode, $"after {minutes} minutes");
            }
            // 91 minutes after the last page: well inside the idle limit, past the absolute one.
            App.Clock.Now = start.AddHours(12).AddMinutes(1);
            await AssertSentToLogin(browser);
        }
        finally
        {
            App.Clock.Now = start;
        }
    }

    [Fact]
    public async Task TheLastActiveAdmin_CannotBeDeactivated()
    {
        var alone = await Admin.Send(HttpMethod.Post, "/api/staff/admin/deactivate", null);
        Assert.Equal(HttpStatusCode.Conflict, alone.Status);
        Assert.Contains("last active admin", alone.Detail);
    }

    [Fact]
    public async Task PasswordsShorterThanTwelve_AreRefused()
    {
        var (username, _) = await NewUser();
        var result = await Staff.SetPassword(username, "eleven-char", CancellationToken.None);
        Assert.Contains("12", Assert.IsType<Opd.Core.Common.ValidationError>(result.Error).Fields["password"].Single());
    }
}
