using Microsoft.AspNetCore.SignalR;
using Opd.Core.Common;
using Opd.Core.Queue;

namespace Opd.Web.Queue;

/// <summary>
/// Live lines for the board, the desks and patients' phones. A client watches a line and gets its
/// current state at once (also after every reconnect), then a "line" message after each change.
/// Only the public line (numbers and times) is ever sent.
/// </summary>
public sealed class QueueHub(ReadQueue read, ClinicClock clock) : Hub
{
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
        await Groups.AddToGroupAsync(Context.ConnectionId, line.Key.Id, Context.ConnectionAborted);
        return LineJson.From(line, clock);
    }
}

/// <summary>Pushes a line's new state to everyone watching it.</summary>
public sealed class HubQueueEvents(IHubContext<QueueHub> hub, ReadQueue read, ClinicClock clock, ILogger<HubQueueEvents> log) : IQueueEvents
{
    public async Task LineChanged(LineKey key, CancellationToken ct)
    {
        try
        {
            var line = await read.Line(key, ct);
            if (line.IsSuccess)
                await hub.Clients.Group(key.Id).SendAsync("line", LineJson.From(line.Value!, clock), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is committed; a screen that missed it catches up on its next reconnect or change.
            log.LogWarning(e, "Could not push the new state of {Line}", key.Id);
        }
    }
}
