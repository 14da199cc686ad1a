using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Opd.Tests.Infrastructure;

/// <summary>Signing in to the staff pages the way a browser does: the form, its antiforgery token, the cookie.</summary>
public static partial class StaffLogin
{
    public sealed record Outcome(HttpStatusCode Status, string Body, string? RetryAfter)
    {
        public bool SignedIn => Status == HttpStatusCode.Redirect;
    }

    public static async Task<Outcome> Post(HttpClient client, string username, string password, string? antiforgery = null)
    {
        antiforgery ??= await Antiforgery(client);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("username", username), new("password", password)]);
        using var response = await client.PostAsync("/staff/login", form);
        return new Outcome(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
    }

    public static async Task<string> Antiforgery(HttpClient client)
    {
        var page = await client.GetStringAsync("/staff/login");
        return Token().Match(page).Groups[1].Value is { Length: > 0 } token ? token : throw new InvalidOperationException("The login page has no antiforgery token.");
    }

    /// <summary>A client of a real server that connects from <paramref name="source"/> (127.0.0.2, 127.0.0.3 …), keeps cookies and does not follow redirects.</summary>
    public static HttpClient From(string baseUrl, string source)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
