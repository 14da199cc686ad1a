using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Queue;

/// <summary>One client cannot make the server hold and feed thousands of lines or sockets.</summary>
public sealed class HubLimitTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const char Separator = '\u001e';
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(),
            new() { ["Hub:MaxConnectionsPerAddress"] = "2", ["Hub:MaxLinesPerConnection"] = "2" }, realServer: true);
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task AConnection_WatchesAtMostItsShareOfLines()
    {
        using var socket = await Connect(IPAddress.Loopback);
        Assert.Null((await Invoke(socket, "WatchDepartment", "dental"))["error"]);
        Assert.Null((await Invoke(socket, "WatchDepartment", "cardiology"))["error"]);
        // Watching a line again costs nothing; a third line is refused with a reason.
        Assert.Null((await Invoke(socket, "WatchDepartment", "dental"))["error"]);
        Assert.Contains("at most 2 lines", (await Invoke(socket, "WatchDepartment", "orthopedics"))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task OneAddress_HoldsAtMostItsShareOfConnections_OthersStillConnect()
    {
        var from = IPAddress.Parse("127.0.0.2");
        using var first = await Connect(from);
        using var second = await Connect(from);
        using var third = await Connect(from);
        Assert.Null((await Invoke(first, "WatchDepartment", "dental"))["error"]);
        Assert.True(await Closed(third), "the third connection from one address was kept open");

        using var elsewhere = await Connect(IPAddress.Parse("127.0.0.3"));
        Assert.Null((await Invoke(elsewhere, "WatchDepartment", "dental"))["error"]);

        // A closed connection gives its place back.
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        var again = await RetryUntilOpen(from);
        Assert.Null((await Invoke(again, "WatchDepartment", "dental"))["error"]);
        again.Dispose();
    }

    private async Task<ClientWebSocket> RetryUntilOpen(IPAddress from)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var socket = await Connect(from);
            var answer = await TryInvoke(socket, "WatchDepartment", "dental");
            if (answer is not null)
                return socket;
            socket.Dispose();
            await Task.Delay(100);
        }
        throw new TimeoutException("the freed place was never given back");
    }

    /// <summary>A SignalR JSON-protocol connection over a WebSocket, from the given loopback address.</summary>
    private async Task<ClientWebSocket> Connect(IPAddress from)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var s = new Socket(SocketType.Stream, ProtocolType.Tcp);
                s.Bind(new IPEndPoint(from, 0));
                await s.ConnectAsync(context.DnsEndPoint.Host == "localhost" ? new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port) : context.DnsEndPoint, ct);
                return new NetworkStream(s, ownsSocket: true);
            },
        };
        var socket = new ClientWebSocket();
        var url = new Uri(new Uri(_app.BaseUrl.Replace("http", "ws")), "/hubs/queue");
        await socket.ConnectAsync(url, new HttpMessageInvoker(handler), CancellationToken.None);
        await Send(socket, "{\"protocol\":\"json\",\"version\":1}");
        await Receive(socket);
        return socket;
    }

    private static async Task<JsonNode> Invoke(ClientWebSocket socket, string target, string argument) =>
        await TryInvoke(socket, target, argument) ?? throw new InvalidOperationException("the connection was closed");

    private static async Task<JsonNode?> TryInvoke(ClientWebSocket socket, string target, string argument)
    {
        var id = Guid.NewGuid().ToString("N");
        try
        {
            await Send(socket, new JsonObject { ["type"] = 1, ["invocationId"] = id, ["target"] = target, ["arguments"] = new JsonArray(argument) }.ToJsonString());
            for (var i = 0; i < 20; i++)
            {
                foreach (var part in (await Receive(socket) ?? "").Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    var message = JsonNode.Parse(part)!;
                    if (message["type"]?.GetValue<int>() == 3 && message["invocationId"]?.GetValue<string>() == id)
                        return message;
                    if (message["type"]?.GetValue<int>() == 7)
                        return null;
                }
                if (socket.State != WebSocketState.Open)
                    return null;
            }
        }
        catch (WebSocketException)
        {
        }
        return null;
    }

    private static async Task<bool> Closed(ClientWebSocket socket) => await TryInvoke(socket, "WatchDepartment", "dental") is null;

    private static Task Send(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>One message, or null when the server closed the connection; never waits more than 10 seconds.</summary>
    private static async Task<string?> Receive(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.ToString();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
