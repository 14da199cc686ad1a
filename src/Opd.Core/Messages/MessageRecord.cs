using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Opd.Core.Messages;

/// <summary>The answers of one dispatch round, written in one statement (one commit for the batch instead of one per message).</summary>
internal static class MessageRecord
{
    public sealed record Row(Guid Id, int Attempt, MessageStatus Status, string? ProviderId, string Answer, DateTimeOffset Next, DateTimeOffset Now);

    /// <summary>
    /// Records the outcome of each attempt only: when a lease ran out and another dispatcher took the
    /// message again, its attempt count moved on and this late answer changes nothing.
    /// </summary>
    public static async Task Write(NpgsqlDataSource dataSource, IReadOnlyList<Row> rows, string gateway, ILogger log, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        await using var record = dataSource.CreateCommand($"""
            UPDATE messages m
               SET status = r.status, provider_id = COALESCE(r.provider_id, m.provider_id), provider_answer = r.answer,
                   claimed_until = NULL, next_attempt_at = r.next, updated_at = r.now, gateway = @gateway
              FROM unnest(@ids, @attempts, @statuses, @provider_ids, @answers, @nexts, @nows) AS r(id, attempt, status, provider_id, answer, next, now)
             WHERE m.id = r.id AND m.status = {MessageSql.Sending} AND m.attempts = r.attempt
            RETURNING m.id
            """);
        record.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
        record.Parameters.AddWithValue("attempts", rows.Select(r => r.Attempt).ToArray());
        record.Parameters.AddWithValue("statuses", rows.Select(r => r.Status.ToString()).ToArray());
        record.Parameters.Add(new NpgsqlParameter("provider_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.ProviderId).ToArray() });
        record.Parameters.AddWithValue("answers", rows.Select(r => r.Answer).ToArray());
        record.Parameters.AddWithValue("nexts", rows.Select(r => r.Next).ToArray());
        record.Parameters.AddWithValue("nows", rows.Select(r => r.Now).ToArray());
        record.Parameters.AddWithValue("gateway", gateway);
        var recorded = new HashSet<Guid>();
        await using (var reader = await record.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                recorded.Add(reader.GetGuid(0));
        foreach (var r in rows)
            if (!recorded.Contains(r.Id))
                log.LogWarning("Message {MessageId}: the answer to attempt {Attempt} came after its lease ran out and was not recorded", r.Id, r.Attempt);
            else if (r.Status != MessageStatus.Sent)
                log.LogWarning("Message {MessageId} attempt {Attempt} through {Gateway}: {Status}, {Answer}", r.Id, r.Attempt, gateway, r.Status, r.Answer);
    }
}
