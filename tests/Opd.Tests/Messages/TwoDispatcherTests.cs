using Npgsql;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Two servers on one database share the outbox: each message reaches the provider exactly once.</summary>
public sealed class TwoDispatcherTests(PostgresFixture postgres)
{
    private const int Count = 300;

    [Fact]
    public async Task TwoServers_SendEachMessageOnce_AndBothDoTheirShare()
    {
        await using var gateway = await StandInGateway.Start();
        // A slow provider and small batches, so that the two servers' claims interleave all through.
        gateway.Script = async (_, _, ct) =>
        {
            await Task.Delay(5, ct);
            return null;
        };
        var database = await postgres.CreateDatabase();
        Dictionary<string, string?> Server(string name) => gateway.Settings(new()
        {
            ["Notifications:BatchSize"] = "10", ["Notifications:Parallel"] = "4", ["Notifications:PollSeconds"] = "0.02",
            ["Notifications:Sms:Http:Headers:X-Server"] = name,
        });
        await using var a = new OpdApp(database, Server("a"));
        await using var b = new OpdApp(database, Server("b"));
        await a.InitializeAsync();
        await b.InitializeAsync();

        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO messages (id, kind, language, to_phone, text, status, attempts, next_attempt_at, deadline, created_at, updated_at)
                SELECT gen_random_uuid(), 'one_time_code', 'en', (9000000000 + n)::text, 'code ' || n, 'Queued', 0, @now, @now + interval '1 hour', @now, @now
                  FROM generate_series(1, {Count}) n
                """, connection);
            insert.Parameters.AddWithValue("now", a.Clock.GetUtcNow());
            await insert.ExecuteNonQueryAsync();
        }

        var all = await Eventually.Get(() => a.Messages(), m => m.All(x => x.Status == MessageStatus.Sent), "every message to be sent", 60);
        await Task.Delay(500);
        Assert.Equal(Count, all.Count);
        var requests = gateway.Requests.ToList();
        Assert.Equal(Count, requests.Count);
        Assert.Equal(all.Select(m => m.Id.ToString()).Order(), requests.Select(r => r.Headers["Idempotency-Key"]).Order());
        Assert.All(all, m => Assert.Equal(1, m.Attempts));
        var byServer = requests.GroupBy(r => r.Headers["X-Server"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byServer.GetValueOrDefault("a") > 0 && byServer.GetValueOrDefault("b") > 0, $"a sent {byServer.GetValueOrDefault("a")}, b {byServer.GetValueOrDefault("b")}");
    }
}
