using System.Diagnostics;

namespace Opd.Bench;

public sealed record Outcome(string Scenario, long Requests, double Seconds, double P50Ms, double P99Ms, IReadOnlyDictionary<int, long> Failures)
{
    public double PerSecond => Requests / Seconds;

    public string Row() =>
        $"| {Scenario} | {Requests:N0} | {PerSecond:N0} | {P50Ms:N1} | {P99Ms:N1} | {(Failures.Count == 0 ? "0" : string.Join(", ", Failures.Select(f => $"{f.Value:N0}×{f.Key}")))} |";
}

/// <summary>Keeps a fixed number of requests in flight for a while and records each one's latency.</summary>
public static class LoadRunner
{
    /// <param name="request">Sends one request and returns its HTTP status.</param>
    public static async Task<Outcome> Run(string scenario, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, Task<int>> request)
    {
        await Loop(concurrency, warmUp, request, record: null);
        var latencies = new List<long>[concurrency];
        var failures = new Dictionary<int, long>();
        var clock = Stopwatch.StartNew();
        await Loop(concurrency, duration, request, (worker, ticks, status) =>
        {
            (latencies[worker] ??= new List<long>(100_000)).Add(ticks);
            if (status is < 200 or >= 300)
                lock (failures)
                    failures[status] = failures.GetValueOrDefault(status) + 1;
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new Outcome(scenario, all.Length, seconds, Percentile(0.50), Percentile(0.99), failures);
    }

    private static Task Loop(int concurrency, TimeSpan duration, Func<int, Task<int>> request, Action<int, long, int>? record)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    status = await request(worker);
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }
                record?.Invoke(worker, Stopwatch.GetTimestamp() - start, status);
            }
        })));
    }
}
