using Npgsql;
using Opd.Core.Queue;

namespace Opd.Core.Messages;

/// <summary>
/// "Your turn is near": raised from a line's new state after each committed change, for the
/// patients with Notifications:TurnNearAhead or fewer before them whose expected time is within
/// the hour (an afternoon patient is not called in the morning). Once per token: the key in the
/// outbox keeps the first, whichever server raised it.
/// </summary>
public sealed class TurnNear(NpgsqlDataSource dataSource, Outbox outbox, TimeProvider time)
{
    public async Task<int> Raise(QueueLine line, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var near = line.Waiting.Where(p => p.Position - 1 <= outbox.Settings.TurnNearAhead && p.Eta <= now.AddHours(1) && p.Token.PatientPhone != "")
            .Select(p => p.Token.Id).ToArray();
        if (near.Length == 0)
            return 0;
        await using var insert = dataSource.CreateCommand(
            $"WITH token AS (SELECT * FROM tokens tk WHERE tk.id = ANY(@message_tokens) AND NOT EXISTS " +
            $"(SELECT 1 FROM messages m WHERE m.once_key = @message_kind || ':' || tk.id)) {MessageSql.InsertAboutToken}");
        insert.Parameters.AddRange(outbox.Parameters(MessageKinds.TurnNear, now, single: false, MessageKinds.TurnNearLife, now + MessageKinds.TurnNearLife));
        insert.Parameters.AddWithValue("message_tokens", near);
        insert.Parameters.AddWithValue("now", now);
        var written = await insert.ExecuteNonQueryAsync(ct);
        if (written > 0)
            outbox.Wake();
        return written;
    }
}
