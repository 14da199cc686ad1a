namespace Opd.Core.Queue;

/// <summary>Told after every committed change to a line, so screens watching it can update at once.</summary>
public interface IQueueEvents
{
    Task LineChanged(LineKey line, CancellationToken ct);
}

/// <summary>For hosts without live screens (the CLI).</summary>
internal sealed class NoQueueEvents : IQueueEvents
{
    public Task LineChanged(LineKey line, CancellationToken ct) => Task.CompletedTask;
}
