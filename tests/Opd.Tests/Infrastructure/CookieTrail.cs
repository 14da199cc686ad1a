using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Staff;

namespace Opd.Tests.Infrastructure;

/// <summary>
/// Collects, as raw Set-Cookie lines, every kind of cookie the server sets: the language switch,
/// the sign-in form's antiforgery cookie and the staff cookie of a real sign-in. The client must not
/// keep cookies itself (UseCookies = false) nor follow redirects, so that each answer is seen as sent.
/// </summary>
public static partial class CookieTrail
{
    public static async Task<IReadOnlyList<string>> Collect(HttpClient client, OpdApp app)
    {
        var username = $"cookie{Guid.NewGuid():N}"[..16];
        const string password = "correct-horse-battery";
        var staff = app.Services.GetRequiredService<ManageStaff>();
        await staff.CreateUser(username, "Cookie Test", [StaffRole.Reception], CancellationToken.None);
        await staff.SetPassword(username, password, CancellationToken.None);

        var cookies = new List<string>();
        using (var language = await client.GetAsync("/?lang=or"))
            cookies.AddRange(SetCookies(language));

        using var form = await client.GetAsync("/staff/login");
        var antiforgery = SetCookies(form).ToList();
        cookies.AddRange(antiforgery);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("username", username), new("password", password)]),
        };
        signIn.Headers.Add("Cookie", string.Join("; ", antiforgery.Select(c => c.Split(';')[0])));
        using var signedIn = await client.SendAsync(signIn);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
        cookies.AddRange(SetCookies(signedIn));
        return cookies;
    }

    /// <summary>The Set-Cookie line of the cookie whose name starts so; fails when there is none.</summary>
    public static string Named(this IReadOnlyList<string> cookies, string prefix) =>
        cookies.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No cookie {prefix}* among: {string.Join(" | ", cookies)}");

    public static bool IsSecure(string setCookie) =>
        setCookie.Split(';', StringSplitOptions.TrimEntries).Any(a => a.Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
