using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Messages.Gateways;

namespace Opd.Core.Messages;

/// <summary>
/// One round of the dispatcher: claims due messages, sends them, records what the provider said.
/// A plain table with SKIP LOCKED rather than a messaging framework: the booking statement itself
/// writes the row, so no second store, no extra package and nothing more to run beside PostgreSQL.
/// </summary>
public sealed class DispatchMessages(NpgsqlDataSource dataSource, ISmsGateway gateway, TimeProvider time, IOptions<NotificationOptions> options,
    ClinicClock clinic, ILogger<DispatchMessages> log)
{
    private static readonly string[] AnyTime = [.. MessageKinds.AnyTime];
    private static readonly string[] Stoppable = [.. MessageKinds.Stoppable];

    /// <summary>Sends the due messages of one batch; answers how many were claimed (a full batch means more may be due).</summary>
    /// <param name="only">Just this message, if it is due (a test send from the command line).</param>
    public async Task<int> RunOnce(CancellationToken ct, Guid? only = null)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        await Expire(now, ct);
        await StopOptedOut(now, ct);
        var claimed = await Claim(now, o, o.IsQuiet(TimeOnly.FromDateTime(clinic.LocalNow)), only, ct);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = o.Parallel, CancellationToken = ct },
            // Once the provider has answered, the answer is recorded even while the server stops: an unrecorded send is sent again.
            async (claim, token) => await Record(claim, await SendOne(claim, token), o, CancellationToken.None));
        return claimed.Count;
    }

    private async Task<SendOutcome> SendOne(Claimed claim, CancellationToken ct)
    {
        try
        {
            return await gateway.Send(claim.Sms, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // No answer (timeout, refused connection, open circuit) or a broken request: worth another try until the deadline.
            return new SendOutcome(SendResult.Retry, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Takes up to BatchSize due messages under a lease. SKIP LOCKED lets several servers claim at
    /// once without waiting for or taking each other's rows, and a row another server claimed (and
    /// committed) no longer matches when it is re-checked under the lock, so no message is claimed twice
    /// while its lease runs. The lease end is also its next attempt: a message whose dispatcher died
    /// before recording the answer is due again then.
    /// </summary>
    /// <remarks>In quiet hours only the kinds that may go at any time are taken; the rest stay due and go when the hours end, unless their deadline passes first.</remarks>
    private async Task<List<Claimed>> Claim(DateTimeOffset now, NotificationOptions o, bool quiet, Guid? only, CancellationToken ct)
    {
        await using var claim = dataSource.CreateCommand($"""
            UPDATE messages m
               SET status = {MessageSql.Sending}, attempts = m.attempts + 1, claimed_until = @until, next_attempt_at = @until, updated_at = @now
             WHERE m.id IN (
                   SELECT id FROM messages
                    WHERE status IN ({MessageSql.Queued}, {MessageSql.Sending}) AND next_attempt_at <= @now AND deadline > @now
                      AND (NOT @quiet OR kind = ANY(@any_time)) AND (@only IS NULL OR id = @only)
                    ORDER BY next_attempt_at
                    LIMIT @batch
                      FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.to_phone, m.text, m.template_id, m.entity_id, m.sender, m.attempts, m.deadline
            """);
        claim.Parameters.AddWithValue("now", now);
        claim.Parameters.AddWithValue("until", now.AddSeconds(o.LeaseSeconds));
        claim.Parameters.AddWithValue("batch", o.BatchSize);
        claim.Parameters.AddWithValue("quiet", quiet);
        claim.Parameters.AddWithValue("any_time", AnyTime);
        claim.Parameters.Add(new NpgsqlParameter("only", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)only ?? DBNull.Value });
        var claimed = new List<Claimed>();
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            claimed.Add(new Claimed(
                new OutgoingSms(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5)),
                reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7)));
        return claimed;
    }

    /// <summary>
    /// Records the outcome of this attempt only: when the lease ran out and another dispatcher took the
    /// message again, its attempt count moved on and this late answer changes nothing.
    /// </summary>
    private async Task Record(Claimed claim, SendOutcome outcome, NotificationOptions o, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var retryAt = now + Backoff.After(claim.Attempt, TimeSpan.FromSeconds(o.RetryFirstSeconds), TimeSpan.FromSeconds(o.RetryMaxSeconds), Random.Shared.NextDouble());
        var status = outcome.Result switch
        {
            SendResult.Sent => MessageStatus.Sent,
            SendResult.Refused => MessageStatus.Failed,
            _ => retryAt < claim.Deadline ? MessageStatus.Queued : MessageStatus.Expired,
        };
        await using var record = dataSource.CreateCommand($"""
            UPDATE messages
               SET status = @status, provider_id = COALESCE(@provider_id, provider_id), provider_answer = @answer,
                   claimed_until = NULL, next_attempt_at = @next, updated_at = @now, gateway = @gateway
             WHERE id = @id AND status = {MessageSql.Sending} AND attempts = @attempt
            """);
        record.Parameters.AddWithValue("status", status.ToString());
        record.Parameters.Add(new NpgsqlParameter<string?>("provider_id", NpgsqlTypes.NpgsqlDbType.Varchar) { TypedValue = Shorten(outcome.ProviderId, 100) });
        record.Parameters.AddWithValue("answer", Shorten(outcome.Answer, 500)!);
        record.Parameters.AddWithValue("next", status == MessageStatus.Queued ? retryAt : now);
        record.Parameters.AddWithValue("now", now);
        record.Parameters.AddWithValue("id", claim.Sms.MessageId);
        record.Parameters.AddWithValue("attempt", claim.Attempt);
        record.Parameters.AddWithValue("gateway", gateway.Name);
        if (await record.ExecuteNonQueryAsync(ct) == 0)
            log.LogWarning("Message {MessageId}: the answer to attempt {Attempt} came after its lease ran out and was not recorded", claim.Sms.MessageId, claim.Attempt);
        else if (status != MessageStatus.Sent)
            log.LogWarning("Message {MessageId} attempt {Attempt} through {Gateway}: {Status}, {Answer}", claim.Sms.MessageId, claim.Attempt, gateway.Name, status, outcome.Answer);
    }

    /// <summary>Gives up on messages whose deadline passed while they waited (a dispatcher was down, or a claim was lost).</summary>
    private async Task Expire(DateTimeOffset now, CancellationToken ct)
    {
        await using var expire = dataSource.CreateCommand($"""
            UPDATE messages SET status = '{nameof(MessageStatus.Expired)}', claimed_until = NULL, updated_at = @now
             WHERE status IN ({MessageSql.Queued}, {MessageSql.Sending}) AND next_attempt_at <= @now AND deadline <= @now
            """);
        expire.Parameters.AddWithValue("now", now);
        await expire.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A reminder written before its patient sent STOP (or flipped the token page's switch) is not sent.</summary>
    private async Task StopOptedOut(DateTimeOffset now, CancellationToken ct)
    {
        await using var stop = dataSource.CreateCommand($"""
            UPDATE messages m SET status = '{nameof(MessageStatus.Stopped)}', provider_answer = 'the patient stopped these messages', updated_at = @now
             WHERE m.status = {MessageSql.Queued} AND m.next_attempt_at <= @now AND m.kind = ANY(@stoppable)
               AND EXISTS (SELECT 1 FROM message_opt_outs o WHERE o.phone = m.to_phone)
            """);
        stop.Parameters.AddWithValue("now", now);
        stop.Parameters.AddWithValue("stoppable", Stoppable);
        await stop.ExecuteNonQueryAsync(ct);
    }

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private sealed record Claimed(OutgoingSms Sms, int Attempt, DateTimeOffset Deadline);
}
