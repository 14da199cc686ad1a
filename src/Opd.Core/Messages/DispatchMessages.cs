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
public sealed class DispatchMessages(NpgsqlDataSource dataSource, ChannelGateway gateways, TimeProvider time, IOptions<NotificationOptions> options,
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
        // The sweeps only write down what a claim already leaves alone; under a stream of bookings
        // (each wakes the dispatcher) once a second is enough.
        if (Environment.TickCount64 - Interlocked.Read(ref _lastSweep) >= 1000 || only is not null)
        {
            Interlocked.Exchange(ref _lastSweep, Environment.TickCount64);
            await Expire(now, ct);
            await StopOptedOut(now, ct);
        }
        var claimed = await Claim(now, o, o.IsQuiet(TimeOnly.FromDateTime(clinic.LocalNow)), only, ct);
        var outcomes = new SendOutcome?[claimed.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, claimed.Count), new ParallelOptions { MaxDegreeOfParallelism = o.Parallel, CancellationToken = ct },
                async (i, token) => outcomes[i] = await SendOne(claimed[i], token));
        }
        finally
        {
            // Every answer the provider gave is recorded, also while the server stops: an unrecorded send is sent again.
            var answered = claimed.Select((c, i) => outcomes[i] is { } outcome ? Outcome(c, outcome, o) : null).OfType<MessageRecord.Row>().ToList();
            await MessageRecord.Write(dataSource, answered, log, CancellationToken.None);
        }
        return claimed.Count;
    }

    private long _lastSweep = long.MinValue / 2;

    private async Task<SendOutcome> SendOne(Claimed claim, CancellationToken ct)
    {
        try
        {
            return await gateways.For(claim.Sms.Channel).Send(claim.Sms, ct);
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
                      AND NOT (kind = ANY(@stoppable) AND EXISTS (SELECT 1 FROM message_opt_outs o WHERE o.phone = to_phone))
                    ORDER BY next_attempt_at
                    LIMIT @batch
                      FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.to_phone, m.text, m.template_id, m.entity_id, m.sender, m.attempts, m.deadline, m.kind, m.language, m.channel, m.variables
            """);
        claim.Parameters.AddWithValue("now", now);
        claim.Parameters.AddWithValue("until", now.AddSeconds(o.LeaseSeconds));
        claim.Parameters.AddWithValue("batch", o.BatchSize);
        claim.Parameters.AddWithValue("quiet", quiet);
        claim.Parameters.AddWithValue("any_time", AnyTime);
        claim.Parameters.AddWithValue("stoppable", Stoppable);
        claim.Parameters.Add(new NpgsqlParameter("only", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)only ?? DBNull.Value });
        var claimed = new List<Claimed>();
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            claimed.Add(new Claimed(
                new OutgoingSms(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                    reader.GetString(8), reader.GetString(9), reader.GetString(10), Values(Text(reader, 11))),
                reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7)));
        return claimed;
    }

    /// <summary>What this attempt comes to: sent, refused for good, or another try at a backed-off time if that is before the deadline.</summary>
    private MessageRecord.Row Outcome(Claimed claim, SendOutcome outcome, NotificationOptions o)
    {
        var now = time.GetUtcNow();
        var retryAt = now + Backoff.After(claim.Attempt, TimeSpan.FromSeconds(o.RetryFirstSeconds), TimeSpan.FromSeconds(o.RetryMaxSeconds), Random.Shared.NextDouble());
        var status = outcome.Result switch
        {
            SendResult.Sent => MessageStatus.Sent,
            SendResult.Refused => MessageStatus.Failed,
            _ => retryAt < claim.Deadline ? MessageStatus.Queued : MessageStatus.Expired,
        };
        // WhatsApp refused it for good: the same statement queues it by SMS, so a crash cannot record one without the other.
        var fallBack = status == MessageStatus.Failed && claim.Sms.Channel == OptOuts.WhatsApp && o.FallsBackToSms;
        return new MessageRecord.Row(claim.Sms.MessageId, claim.Attempt, status, Shorten(outcome.ProviderId, 100), Shorten(outcome.Answer, 500) ?? "",
            status == MessageStatus.Queued ? retryAt : now, now, gateways.For(claim.Sms.Channel).Name, fallBack);
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

    /// <summary>The template's values; a row whose values are not all text (written by hand, say) is sent by its text alone.</summary>
    private static Dictionary<string, string>? Values(string? json)
    {
        try
        {
            return json is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
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

    /// <summary>A provider's answer cut to its column.</summary>
    internal static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private sealed record Claimed(OutgoingSms Sms, int Attempt, DateTimeOffset Deadline);
}
