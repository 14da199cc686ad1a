using System.Collections.Concurrent;

namespace Opd.Core.Common;

/// <summary>
/// Lets one request at a time per key (a doctor, a department-day) go on to the database. The
/// database row lock already decides who gets a place; this only keeps dozens of waiting
/// transactions from piling up on one row and being woken together, which costs far more than
/// waiting here. Correctness never depends on it (another server has its own gates).
/// </summary>
public sealed class KeyedGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> Enter(string key, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
                gate.Release();
        }
    }
}
