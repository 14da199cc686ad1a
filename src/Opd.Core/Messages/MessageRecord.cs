using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Opd.Core.Messages;

/// <summary>The answers of one dispatch round, written in one statement (one commit for the batch instead of one per message).</summary>
internal static class MessageRecord
{
    /// <param name="FallBack">A WhatsApp message refused for good that goes by SMS instead (<see cref="MessageSql.FallBackToSms"/>).</param>
    public sealed record Row(Guid Id, int Attempt, MessageStatus Status, string? ProviderId, string Answer, DateTimeOffset Next, DateTimeOffset Now,
        string Gateway, bool FallBack);

    /// <summary>
    /// Records the outcome of each attempt only: when a lease ran out and another dispatcher took the
    /// message again, its attempt count moved on and this late answer changes nothing.
    /// </summary>
    public static async Task Write(NpgsqlDataSource dataSource, IReadOnlyList<Row> rows, ILogger log, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        await using var record = dataSource.CreateCommand($"""
            WITH moved AS (
                UPDATE messages m
                   SET status = r.status, provider_id = COALESCE(r.provider_id, m.provider_id), provider_answer = r.answer,
                       claimed_until = NULL, next_attempt_at = r.next, updated_at = r.now, gateway = r.gateway
                  FROM unnest(@ids, @attempts, @statuses, @provider_ids, @answers, @nexts, @nows, @gateways, @fall_backs)
                       AS r(id, attempt, status, provider_id, answer, next, now, gateway, fall_back)
                 WHERE m.id = r.id AND m.status = {MessageSql.Sending} AND m.attempts = r.attempt
                RETURNING m.id, r.fall_back),
            copy AS ({MessageSql.FallBackToSms.Replace("WHERE id = @id", "WHERE id IN (SELECT id FROM moved WHERE fall_back)")} RETURNING id)
            SELECT id FROM moved
            """);
        record.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
        record.Parameters.AddWithValue("attempts", rows.Select(r => r.Attempt).ToArray());
        record.Parameters.AddWithValue("statuses", rows.Select(r => r.Status.ToString()).ToArray());
        record.Parameters.Add(new NpgsqlParameter("provider_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.ProviderId).ToArray() });
        record.Parameters.AddWithValue("answers", rows.Select(r => r.Answer).ToArray());
        record.Parameters.AddWithValue("nexts", rows.Select(r => r.Next).ToArray());
        record.Parameters.AddWithValue("nows", rows.Select(r => r.Now).ToArray());
        record.Parameters.AddWithValue("gateways", rows.Select(r => r.Gateway).ToArray());
        record.Parameters.AddWithValue("fall_backs", rows.Select(r => r.FallBack).ToArray());
        record.Parameters.AddWithValue("now", rows[0].Now);
        var recorded = new HashSet<Guid>();
        await using (var reader = await record.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                recorded.Add(reader.GetGuid(0));
        foreach (var r in rows)
            if (!recorded.Contains(r.Id))
                log.LogWarning("Message {MessageId}: the answer to attempt {Attempt} was not recorded: its lease ran out, or a receipt moved it on first", r.Id, r.Attempt);
            else if (r.Status != MessageStatus.Sent)
                log.LogWarning("Message {MessageId} attempt {Attempt} through {Gateway}: {Status}, {Answer}", r.Id, r.Attempt, r.Gateway, r.Status, r.Answer);
    }
}
