namespace Opd.Core.Queue;

/// <summary>Told after every committed change to a line, so screens watching it can update at once.</summary>
public interface IQueueEvents
{
    /// <summary>The line changed; its new state is read here for the screens.</summary>
    Task LineChanged(LineKey line, CancellationToken ct);

    /// <summary>The same, for a caller that has just read the new state anyway.</summary>
    Task LineChanged(QueueLine line, CancellationToken ct);
}

/// <summary>For hosts without live screens (the CLI).</summary>
internal sealed class NoQueueEvents : IQueueEvents
{
    public Task LineChanged(LineKey line, CancellationToken ct) => Task.CompletedTask;

    public Task LineChanged(QueueLine line, CancellationToken ct) => Task.CompletedTask;
}
