using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Opd.Tests.Infrastructure;
using Opd.Tests.Pages;

namespace Opd.Tests.Hosting;

/// <summary>
/// The server as deploy/ runs it: Debian's nginx with TLS in front (a self-signed certificate), the
/// server believing forwarded headers from 127.0.0.1 only. The client comes from 127.0.0.2, nginx
/// from 127.0.0.1, so the address the server reports can only be the forwarded one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TlsProxyTests(PostgresFixture postgres)
{
    private const string ClientAddress = "127.0.0.2";

    [Fact]
    public async Task ThroughNginx_CookiesAreSecure_HstsIsSent_TheClientIsKnown_AndTheBoardIsLive()
    {
        await using var app = new OpdApp(await postgres.CreateDatabase(), new() { ["Proxy:KnownProxies"] = "127.0.0.1" }, realServer: true);
        await app.InitializeAsync();
        await using var nginx = await NginxProxy.Start(new Uri(app.BaseUrl).Port);
        using var client = FromSecondAddress(nginx.HttpsUrl);

        // The address nginx saw, not one the client claimed for itself.
        using var diagnostic = new HttpRequestMessage(HttpMethod.Get, "/api/diagnostics/request");
        diagnostic.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OpdApp.AdminKey);
        diagnostic.Headers.Add("X-Forwarded-For", "198.51.100.23");
        using var seen = await client.SendAsync(diagnostic);
        var info = System.Text.Json.Nodes.JsonNode.Parse(await seen.Content.ReadAsStringAsync())!;
        Assert.Equal(ClientAddress, info["client_address"]!.GetValue<string>());
        Assert.True(info["is_https"]!.GetValue<bool>());

        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(home.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("default-src 'self'", Assert.Single(home.Headers.GetValues("Content-Security-Policy")));
        var cookies = await CookieTrail.Collect(client, app);
        Assert.All(new[] { "opd_lang=", ".AspNetCore.Antiforgery.", "opd_staff=" }, name => Assert.True(CookieTrail.IsSecure(cookies.Named(name)), cookies.Named(name)));

        // Plain HTTP only redirects, keeping the path and query.
        using var plain = FromSecondAddress(nginx.HttpUrl);
        using var redirect = await plain.GetAsync("/board?lang=or");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https://127.0.0.1/board?lang=or", redirect.Headers.Location!.OriginalString);

        await BoardFollowsACall(app, nginx, client);
    }

    /// <summary>The board over https through nginx: its WebSocket (wss) gets through, and a call made through the API reaches it.</summary>
    private static async Task BoardFollowsACall(OpdApp app, NginxProxy nginx, HttpClient client)
    {
        var admin = app.Admin();
        var doctor = await admin.NewDoctor("ENT");
        await admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 10);
        var token = await admin.BookSlot(doctor);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = nginx.HttpsUrl, IgnoreHTTPSErrors = true });
        var board = await context.NewPageAsync();
        var watch = await PolicyWatch.On(board);
        var sockets = new List<string>();
        board.WebSocket += (_, socket) => { lock (sockets) sockets.Add(socket.Url); };
        await board.GotoAsync($"/board?doctors={doctor}&lang=en");
        await board.WaitForFunctionAsync("() => document.getElementById('status').hidden", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        using var call = new HttpRequestMessage(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next");
        call.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OpdApp.AdminKey);
        using var called = await client.SendAsync(call);
        Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        await board.WaitForFunctionAsync($"() => document.querySelector(\"[data-key='doctor:{doctor}'] [data-role=serving]\").textContent === '{token.TokenNumber}'",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        lock (sockets)
            Assert.Equal([$"wss://127.0.0.1:{nginx.HttpsPort}/hubs/queue"], sockets);
        watch.ExpectNone();
    }

    /// <summary>A client whose connections leave from 127.0.0.2, trusting the self-signed certificate, seeing every answer as sent.</summary>
    private static HttpClient FromSecondAddress(string baseUrl) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(ClientAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
}
