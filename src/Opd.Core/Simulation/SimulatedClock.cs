namespace Opd.Core.Simulation;

/// <summary>The clock of a simulated day: it moves only when the simulation says so.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
