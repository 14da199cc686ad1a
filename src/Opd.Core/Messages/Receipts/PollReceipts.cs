using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Messages.Gateways;

namespace Opd.Core.Messages.Receipts;

/// <summary>
/// One round of asking an SMS provider without push about the messages it has not confirmed yet.
/// Each message is taken with SKIP LOCKED and stamped with the time it was asked, so several servers
/// polling at once ask about different messages, and each at most once per interval.
/// </summary>
public sealed class PollReceipts(NpgsqlDataSource dataSource, IHttpClientFactory clients, ApplyReceipt apply, TimeProvider time,
    IOptions<NotificationOptions> options, ILogger<PollReceipts> log)
{
    public bool Enabled => options.Value.Sms.Receipts is { PollSeconds: > 0, StatusUrl.Length: > 0 };

    /// <summary>Asks about one batch; answers how many messages were asked about.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var o = options.Value.Sms;
        var now = time.GetUtcNow();
        await using var claim = dataSource.CreateCommand($"""
            UPDATE messages m SET checked_at = @now
             WHERE m.id IN (
                   SELECT id FROM messages
                    WHERE status = '{nameof(MessageStatus.Sent)}' AND channel = '{OptOuts.Sms}' AND provider_id IS NOT NULL
                      AND updated_at > @since AND (checked_at IS NULL OR checked_at <= @due)
                    ORDER BY checked_at NULLS FIRST
                    LIMIT @batch
                      FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.provider_id
            """);
        claim.Parameters.AddWithValue("now", now);
        claim.Parameters.AddWithValue("since", now.AddHours(-o.Receipts.PollHours));
        claim.Parameters.AddWithValue("due", now.AddSeconds(-o.Receipts.PollSeconds));
        claim.Parameters.AddWithValue("batch", o.Receipts.PollBatch);
        var due = new List<(Guid Id, string ProviderId)>();
        await using (var reader = await claim.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                due.Add((reader.GetGuid(0), reader.GetString(1)));
        foreach (var (id, providerId) in due)
        {
            try
            {
                await Ask(id, providerId, o, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // The provider is down or answered nonsense: this message is asked about again next interval.
                log.LogWarning("Receipt poll for message {MessageId}: {Problem}", id, e.Message);
            }
        }
        return due.Count;
    }

    private async Task Ask(Guid id, string providerId, SmsOptions o, CancellationToken ct)
    {
        var url = o.Receipts.StatusUrl!.Replace("{provider_id}", Uri.EscapeDataString(providerId)).Replace("{message_id}", id.ToString());
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in o.Http.Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        using var response = await clients.CreateClient(HttpSmsGateway.ClientName).SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            return;
        var word = HttpGatewayAnswer.ByPath(body, o.Receipts.StatusField) ?? body.Trim();
        if (o.Receipts.Read(word) is { } status)
            await apply.Apply(new Receipt(OptOuts.Sms, id, providerId, status, $"poll: {word}"), ct);
    }
}
