using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Opd.Tests.Infrastructure;

/// <summary>Every log line the server writes, as the console or journald would receive it (message and values).</summary>
public sealed class RecordedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // The values too, as a structured (JSON) log would keep them beside the message.
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        _lines.Enqueue($"{formatter(state, exception)} {values} {exception}");
    }

    public void Dispose()
    {
    }
}
