using System.Collections.Concurrent;
using System.Net;

namespace Opd.Web.Queue;

/// <summary>
/// How much of the hub one caller may hold. Generous per address, because a whole village can
/// share one carrier address; the point is only that no single client can make the server hold
/// and feed thousands of lines or sockets.
/// </summary>
public sealed class HubLimits
{
    public const string Section = "Hub";

    /// <summary>Lines one connection may watch (a board shows at most this many).</summary>
    public int MaxLinesPerConnection { get; set; } = 20;

    /// <summary>Open connections from one client address, counted in this server process.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 500;
}

/// <summary>Open hub connections per client address in this process.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();

    public bool TryEnter(IPAddress address, int limit)
    {
        var now = _open.AddOrUpdate(address, 1, (_, n) => n + 1);
        if (now <= limit)
            return true;
        Leave(address);
        return false;
    }

    public void Leave(IPAddress address)
    {
        // Remove the entry at zero, so addresses seen once do not stay in memory.
        if (_open.AddOrUpdate(address, 0, (_, n) => n - 1) <= 0)
            _open.TryRemove(new KeyValuePair<IPAddress, int>(address, 0));
    }
}
