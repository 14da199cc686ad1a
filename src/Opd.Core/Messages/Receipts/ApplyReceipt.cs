using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Opd.Core.Messages.Receipts;

/// <summary>A provider's word about a sent message (sent, delivered, read, failed), from a webhook or a poll.</summary>
/// <param name="MessageId">Ours, when the provider echoes it back; else the message is found by the provider's id.</param>
public sealed record Receipt(string Channel, Guid? MessageId, string? ProviderId, MessageStatus Status, string? Answer = null);

/// <summary>
/// Moves a message's status forward only. Receipts arrive out of order, twice, and may skip
/// "delivered"; one conditional UPDATE compares the rank of the stored status with the new one, so
/// a late "sent" never undoes "read" and nothing moves a failed or expired message. "Failed" only
/// beats queued, sending and sent: a message already delivered was delivered. A message waiting for
/// a retry (its send timed out, yet the provider had taken it) is not sent again once a receipt names it.
/// </summary>
public sealed class ApplyReceipt(NpgsqlDataSource dataSource, TimeProvider time, IOptions<NotificationOptions> options)
{
    private static string Rank(string status) =>
        $"CASE {status} WHEN '{nameof(MessageStatus.Queued)}' THEN 0 WHEN '{nameof(MessageStatus.Sending)}' THEN 0 WHEN '{nameof(MessageStatus.Sent)}' THEN 1 " +
        $"WHEN '{nameof(MessageStatus.Delivered)}' THEN 2 WHEN '{nameof(MessageStatus.Read)}' THEN 3 ELSE 9 END";

    private static readonly string Sql = $"""
        WITH moved AS (
            UPDATE messages
               SET status = @status, provider_id = COALESCE(provider_id, @provider_id), claimed_until = NULL, updated_at = @now,
                   provider_answer = left(COALESCE(provider_answer || ' | ', '') || COALESCE(@answer, ''), 500)
             WHERE (id = @id OR channel = @channel AND provider_id = @provider_id)
               AND {Rank("status")} < CASE @status WHEN '{nameof(MessageStatus.Failed)}' THEN 2 ELSE {Rank("@status")} END
            RETURNING id, channel, status),
        fallback AS (
            {MessageSql.FallBackToSms.Replace("WHERE id = @id", "WHERE @fall_back AND id IN (SELECT id FROM moved WHERE status = 'Failed')")}
            RETURNING id)
        SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM fallback)
        """;

    /// <summary>True when the status moved; false when the message is unknown or already further on.</summary>
    public async Task<bool> Apply(Receipt receipt, CancellationToken ct)
    {
        if (receipt.MessageId is null && string.IsNullOrEmpty(receipt.ProviderId))
            return false;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("status", receipt.Status.ToString());
        command.Parameters.Add(new NpgsqlParameter<string?>("provider_id", NpgsqlDbType.Varchar) { TypedValue = DispatchMessages.Shorten(receipt.ProviderId, 100) });
        command.Parameters.Add(new NpgsqlParameter<string?>("answer", NpgsqlDbType.Varchar) { TypedValue = DispatchMessages.Shorten(receipt.Answer, 500) });
        command.Parameters.Add(new NpgsqlParameter<Guid?>("id", NpgsqlDbType.Uuid) { TypedValue = receipt.MessageId });
        command.Parameters.AddWithValue("channel", receipt.Channel);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        command.Parameters.AddWithValue("fall_back", receipt.Channel == OptOuts.WhatsApp && options.Value.FallsBackToSms);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0) > 0;
    }

}
