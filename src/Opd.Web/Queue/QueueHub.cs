using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Queue;

namespace Opd.Web.Queue;

/// <summary>
/// Live lines for the board, the desks and patients' phones. A client watches a line and gets its
/// current state at once (also after every reconnect), then a "line" message after each change.
/// Only the public line (numbers and times) is ever sent.
/// </summary>
public sealed class QueueHub(ReadQueue read, ClinicClock clock, HubConnections connections, IOptions<HubLimits> limits) : Hub
{
    private static readonly object Watched = new();
    private static readonly object Counted = new();

    public override async Task OnConnectedAsync()
    {
        if (Address is { } address)
        {
            if (!connections.TryEnter(address, limits.Value.MaxConnectionsPerAddress))
            {
                Context.Abort();
                return;
            }
            Context.Items[Counted] = address;
        }
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(Counted, out var address) && address is IPAddress counted)
            connections.Leave(counted);
        return base.OnDisconnectedAsync(exception);
    }

    public async Task<LineJson?> WatchDoctor(int doctorId)
    {
        var line = await read.Doctor(doctorId, Context.ConnectionAborted);
        return line.IsSuccess ? await Join(line.Value!) : null;
    }

    public async Task<LineJson?> WatchDepartment(string department)
    {
        var line = await read.Department(department, Context.ConnectionAborted);
        return line.IsSuccess ? await Join(line.Value!) : null;
    }

    private async Task<LineJson> Join(QueueLine line)
    {
        var watched = (HashSet<string>)(Context.Items[Watched] ??= new HashSet<string>());
        if (!watched.Contains(line.Key.Id) && watched.Count >= limits.Value.MaxLinesPerConnection)
            throw new HubException($"One connection watches at most {limits.Value.MaxLinesPerConnection} lines.");
        watched.Add(line.Key.Id);
        await Groups.AddToGroupAsync(Context.ConnectionId, line.Key.Id, Context.ConnectionAborted);
        return LineJson.From(line, clock);
    }

    private IPAddress? Address => Context.GetHttpContext()?.Connection.RemoteIpAddress;
}

/// <summary>Pushes a line's new state to everyone watching it (the web host's <see cref="IQueueEvents"/>, TurnNearEvents, reads the state once for this and for its messages).</summary>
public sealed class HubQueueEvents(IHubContext<QueueHub> hub, ClinicClock clock, ILogger<HubQueueEvents> log)
{
    public async Task LineChanged(QueueLine line, CancellationToken ct)
    {
        try
        {
            await hub.Clients.Group(line.Key.Id).SendAsync("line", LineJson.From(line, clock), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is committed; a screen that missed it catches up on its next reconnect or change.
            log.LogWarning(e, "Could not push the new state of {Line}", line.Key.Id);
        }
    }
}
