using Microsoft.AspNetCore.Http;
using Npgsql;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Two servers polling one provider's status URL share the work: each message is asked about once per interval.</summary>
public sealed class TwoPollerTests(PostgresFixture postgres)
{
    private const int Count = 120;

    [Fact]
    public async Task TwoServers_AskAboutEachMessageOncePerInterval_UntilItIsDelivered()
    {
        await using var provider = await StandInGateway.Start();
        var delivered = false;
        provider.Script = async (r, _, ct) =>
        {
            await Task.Delay(5, ct);
            return r.Path.StartsWith("/status/") ? Results.Text(Volatile.Read(ref delivered) ? "DELIVRD" : "SUBMITTED") : null;
        };
        var database = await postgres.CreateDatabase();
        Dictionary<string, string?> Server(string name) => provider.Settings(new()
        {
            ["Notifications:Sms:Receipts:PollSeconds"] = "1",
            ["Notifications:Sms:Receipts:PollBatch"] = "10",
            ["Notifications:Sms:Receipts:StatusUrl"] = provider.Base + "/status/{provider_id}",
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
                INSERT INTO messages (id, kind, language, to_phone, text, status, attempts, next_attempt_at, deadline, created_at, updated_at, provider_id)
                SELECT gen_random_uuid(), 'one_time_code', 'en', (9000000000 + n)::text, 'code ' || n, 'Sent', 1, @now, @now + interval '1 hour', @now, @now, 'p-' || n
                  FROM generate_series(1, {Count}) n
                """, connection);
            insert.Parameters.AddWithValue("now", a.Clock.GetUtcNow());
            await insert.ExecuteNonQueryAsync();
        }

        var asked = await Eventually.Get(() => Task.FromResult(provider.Requests.ToList()), r => r.Count >= Count, "every message to be asked about", 60);
        await Task.Delay(1000); // the clocks stand still: nothing is due again
        asked = provider.Requests.ToList();
        Assert.Equal(Count, asked.Count);
        Assert.Equal(Count, asked.Select(r => r.Path).Distinct().Count());
        Assert.True(asked.Any(r => r.Headers["X-Server"] == "a") && asked.Any(r => r.Headers["X-Server"] == "b"), "both servers polled");
        Assert.All(await a.Messages(), m => Assert.Equal(MessageStatus.Sent, m.Status));

        Volatile.Write(ref delivered, true);
        a.Clock.Now += TimeSpan.FromSeconds(2);
        b.Clock.Now += TimeSpan.FromSeconds(2);
        await Eventually.Get(() => a.Messages(), m => m.All(x => x.Status == MessageStatus.Delivered), "every message to be delivered", 60);
        Assert.Equal(2 * Count, provider.Requests.Count);
    }
}
