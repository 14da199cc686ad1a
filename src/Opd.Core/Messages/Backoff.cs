namespace Opd.Core.Messages;

/// <summary>When to try a failed send again.</summary>
public static class Backoff
{
    /// <summary>
    /// The wait after the <paramref name="attempt"/>-th failed send: the first wait doubled each time up to
    /// <paramref name="max"/>, of which a random half is taken off (equal jitter), so that the messages
    /// of a provider's outage do not all come back at the same instant.
    /// </summary>
    /// <param name="random">A number from 0 to 1.</param>
    public static TimeSpan After(int attempt, TimeSpan first, TimeSpan max, double random)
    {
        var doubled = first.TotalSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var full = Math.Min(doubled, max.TotalSeconds);
        return TimeSpan.FromSeconds(full / 2 + full / 2 * Math.Clamp(random, 0, 1));
    }
}
