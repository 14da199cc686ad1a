using Opd.Core.Messages;
using Opd.Core.Queue;

namespace Opd.Web.Messages;

/// <summary>A line's change, after its commit, goes to its screens and raises "your turn is near" from the same new state.</summary>
public sealed class TurnNearEvents(Queue.HubQueueEvents screens, ReadQueue read, TurnNear turnNear, ILogger<TurnNearEvents> log) : IQueueEvents
{
    public async Task LineChanged(LineKey key, CancellationToken ct)
    {
        try
        {
            if (await read.Line(key, ct) is { IsSuccess: true } line)
                await LineChanged(line.Value!, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not read the new state of {Line}", key.Id);
        }
    }

    public async Task LineChanged(QueueLine line, CancellationToken ct)
    {
        await screens.LineChanged(line, ct);
        try
        {
            await turnNear.Raise(line, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is committed; the line's next change raises what this one missed.
            log.LogWarning(e, "Could not write the turn-near messages of {Line}", line.Key.Id);
        }
    }
}
