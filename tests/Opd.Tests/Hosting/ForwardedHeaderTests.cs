using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto count only from the proxies named in the Proxy settings.
/// Each test runs a real server on loopback, so the connection's own address is 127.0.0.1.
/// </summary>
public sealed class ForwardedHeaderTests(PostgresFixture postgres)
{
    [Fact]
    public async Task FromANamedProxy_TheClientsAddressAndHttps_AreBelieved()
    {
        await using var app = await Start(new() { ["Proxy:KnownProxies"] = "127.0.0.1" });
        using var client = Client(app, forwardedFor: "198.51.100.9, 203.0.113.7");

        var seen = await Seen(client);
        // The rightmost address is the one the named proxy saw; what lies further left the client wrote itself.
        Assert.Equal("203.0.113.7", seen["client_address"]!.GetValue<string>());
        Assert.Equal("https", seen["scheme"]!.GetValue<string>());

        using var page = await client.GetAsync("/");
        Assert.Equal("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        var cookies = await CookieTrail.Collect(client, app);
        Assert.All(new[] { "opd_lang=", ".AspNetCore.Antiforgery.", "opd_staff=" }, name => Assert.True(CookieTrail.IsSecure(cookies.Named(name)), cookies.Named(name)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.9.8.7")]
    [InlineData("10.0.0.0/8")]
    public async Task FromAnyoneElse_TheHeadersAreIgnored_AndPlainHttpStaysPlain(string? proxies)
    {
        var settings = new Dictionary<string, string?>();
        if (proxies is not null)
            settings[proxies.Contains('/') ? "Proxy:KnownNetworks" : "Proxy:KnownProxies"] = proxies;
        await using var app = await Start(settings);
        using var client = Client(app, forwardedFor: "203.0.113.7");

        var seen = await Seen(client);
        Assert.Equal("127.0.0.1", seen["client_address"]!.GetValue<string>());
        Assert.Equal("http", seen["scheme"]!.GetValue<string>());
        using var page = await client.GetAsync("/");
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        var cookies = await CookieTrail.Collect(client, app);
        Assert.All(new[] { "opd_lang=", ".AspNetCore.Antiforgery.", "opd_staff=" }, name => Assert.False(CookieTrail.IsSecure(cookies.Named(name)), cookies.Named(name)));
    }

    [Fact]
    public async Task AMistypedProxy_StopsTheServerAtStart_NamingIt()
    {
        var app = new OpdApp(await postgres.CreateDatabase(), new() { ["Proxy:KnownProxies"] = "127.0.0.1, nginx-box" }, realServer: true);
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());
        Assert.Contains("nginx-box", failure.ToString());
        Assert.Contains("Proxy:KnownProxies", failure.ToString());
        try
        {
            await app.DisposeAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // A host that never started has little to dispose, and may say so.
        }
    }

    [Fact]
    public async Task TheDiagnostic_IsForStaffOnly()
    {
        await using var app = await Start([]);
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/diagnostics/request")).StatusCode);
    }

    private async Task<OpdApp> Start(Dictionary<string, string?> settings)
    {
        var app = new OpdApp(await postgres.CreateDatabase(), settings, realServer: true);
        await app.InitializeAsync();
        return app;
    }

    /// <summary>What the server saw of this client, asked as staff.</summary>
    private static async Task<System.Text.Json.Nodes.JsonNode> Seen(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/diagnostics/request");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OpdApp.AdminKey);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return System.Text.Json.Nodes.JsonNode.Parse(text)!;
    }

    private static HttpClient Client(OpdApp app, string forwardedFor)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }
}
