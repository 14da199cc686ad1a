using Npgsql;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>A server killed while a message is at the provider: the message is not lost, another server sends it when the lease runs out.</summary>
public sealed class CrashTests(PostgresFixture postgres)
{
    [Fact]
    public async Task AServerKilledMidSend_LeavesTheMessageToTheNextServer()
    {
        await using var gateway = await StandInGateway.Start();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first send never gets its answer: the server is killed while it waits.
        gateway.Script = async (_, number, ct) =>
        {
            if (number > 1)
                return null;
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        };
        var database = await postgres.CreateDatabase();
        var id = Guid.NewGuid();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO messages (id, kind, language, to_phone, text, status, attempts, next_attempt_at, deadline, created_at, updated_at)
                VALUES (@id, 'one_time_code', 'en', '9876543210', '123456 is your OPD code.', 'Queued', 0, now(), now() + interval '1 hour', now(), now())
                """, connection);
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync();
        }
        var settings = gateway.Settings(new()
        {
            ["Notifications:LeaseSeconds"] = "5", ["Notifications:PollSeconds"] = "0.2",
            ["Notifications:Sms:Http:TimeoutSeconds"] = "4", ["Notifications:Sms:Http:TotalTimeoutSeconds"] = "4",
        });

        await using (var first = ServerProcess.Start(database, settings))
        {
            var started = await Task.WhenAny(arrived.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(started == arrived.Task, "The first server never sent the message:\n" + first.Output);
            await first.Kill();
        }
        var left = await Read(database, id);
        Assert.Equal(MessageStatus.Sending, left.Status);
        Assert.Equal(1, left.Attempts);
        Assert.NotNull(left.ClaimedUntil);

        await using var second = ServerProcess.Start(database, settings);
        var sent = await Eventually.Get(() => Read(database, id), m => m.Status == MessageStatus.Sent, "the second server to send it\n" + second.Output, 60);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal("prov-2", sent.ProviderId);
        var requests = gateway.For(id);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At >= left.ClaimedUntil!.Value.UtcDateTime.AddSeconds(-1), "The message was taken again before its lease ran out.");
    }

    private static async Task<(MessageStatus Status, int Attempts, DateTimeOffset? ClaimedUntil, string? ProviderId)> Read(string database, Guid id)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT status, attempts, claimed_until, provider_id FROM messages WHERE id = @id", connection);
        select.Parameters.AddWithValue("id", id);
        await using var row = await select.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return (Enum.Parse<MessageStatus>(row.GetString(0)), row.GetInt32(1),
            row.IsDBNull(2) ? null : row.GetFieldValue<DateTimeOffset>(2), row.IsDBNull(3) ? null : row.GetString(3));
    }
}
