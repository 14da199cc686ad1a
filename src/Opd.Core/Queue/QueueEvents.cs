namespace Opd.Core.Queue;

/// <summary>Told after every committed change to a line, so screens watching it can update at once.</summary>
public interface IQueueEvents
{
    /// <summary>The line changed; its new state is read here for the screens.</summary>
    Task LineChanged(LineKey line, CancellationToken ct);

    /// <summary>The same, for a caller that has just read the new state anyway.</summary>
    Task LineChanged(QueueLine line, CancellationToken ct);
}

/// <summary>For hosts without live screens (the CLI, the simulation).</summary>
public sealed class NoQueueEvents : IQueueEvents
{
    public Task LineChanged(LineKey line, CancellationToken ct) => Task.CompletedTask;

    public Task LineChanged(QueueLine line, CancellationToken ct) => Task.CompletedTask;
}

public static class QueueEventsExtensions
{
    /// <summary>
    /// Tells each changed line once. Only today's lines are on screens (the board, the consoles and
    /// the token pages watch today), so a change to another day is not pushed: no line is read for it.
    /// </summary>
    public static async Task LinesChanged(this IQueueEvents events, IEnumerable<LineKey> lines, DateOnly today, CancellationToken ct)
    {
        foreach (var line in lines.Where(l => l.Date == today).DistinctBy(l => l.Id))
            await events.LineChanged(line, ct);
    }
}
