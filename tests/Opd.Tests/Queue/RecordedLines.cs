using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Queue;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Queue;

/// <summary>
/// Our own <see cref="IQueueEvents"/> seam, recording each event together with the line as a new
/// connection reads it at that moment: a token that is in it was committed before the event.
/// </summary>
public sealed class LineRecorder : IQueueEvents
{
    public sealed record Seen(string Line, IReadOnlyList<Guid> Tokens);

    private readonly ConcurrentQueue<Seen> _seen = new();
    internal IServiceProvider? Services { get; set; }

    public IReadOnlyList<Seen> All => [.. _seen];

    public async Task LineChanged(LineKey line, CancellationToken ct)
    {
        var read = await Services!.GetRequiredService<ReadQueue>().Line(line, ct);
        var current = read.Value!;
        _seen.Enqueue(new Seen(line.Id, [.. current.Waiting.Select(p => p.Token.Id), .. current.Serving is { } s ? [s.Id] : Array.Empty<Guid>()]));
    }

    public Task LineChanged(QueueLine line, CancellationToken ct) => LineChanged(line.Key, ct);

    /// <summary>The events raised while <paramref name="action"/> ran.</summary>
    public async Task<IReadOnlyList<Seen>> During(Func<Task> action)
    {
        var before = _seen.Count;
        await action();
        return All.Skip(before).ToList();
    }
}

/// <summary>The web host with the recorder in place of the hub's pushes.</summary>
public sealed class RecordedApp(PostgresFixture postgres) : IAsyncLifetime
{
    public LineRecorder Events { get; } = new();
    public OpdApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new OpdApp(postgres, s => s.AddSingleton<IQueueEvents>(sp =>
        {
            Events.Services = sp;
            return Events;
        }));
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
