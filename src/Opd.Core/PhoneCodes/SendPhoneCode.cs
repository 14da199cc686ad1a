using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Messages;

namespace Opd.Core.PhoneCodes;

/// <summary>
/// Sends a new one-time code to a mobile number through the outbox. It never looks at the number's
/// tokens, so its answer is the same for a patient's number and a stranger's.
/// </summary>
public sealed class SendPhoneCode(NpgsqlDataSource dataSource, Outbox outbox, ClinicClock clock, IOptions<PhoneCodeOptions> options)
{
    public sealed record Sent(DateTimeOffset ExpiresAt);

    public async Task<Result<Sent>> Handle(IndianMobile phone, string? language, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var o = options.Value;
        var expires = now.AddMinutes(PhoneCodeOptions.ValidMinutes);
        var code = CodeHash.NewCode();
        var salt = CodeHash.NewSalt();
        await using var statement = dataSource.CreateCommand(Sql);
        statement.Parameters.AddRange(outbox.CodeParameters(expires, language));
        statement.Parameters.AddWithValue("phone", phone.Number);
        statement.Parameters.AddWithValue("salt", salt);
        statement.Parameters.AddWithValue("hash", CodeHash.Of(code, salt));
        statement.Parameters.AddWithValue("code", code);
        statement.Parameters.AddWithValue("expires_at", expires);
        statement.Parameters.AddWithValue("now", now);
        statement.Parameters.AddWithValue("resend_before", now.AddSeconds(-o.ResendSeconds));
        statement.Parameters.AddWithValue("window_start", now.AddHours(-1));
        statement.Parameters.AddWithValue("per_hour", o.SendsPerPhonePerHour);
        if (await statement.ExecuteScalarAsync(ct) is string)
        {
            outbox.Wake();
            return new Sent(expires);
        }
        return new TooSoonError("A code was sent to this number a short while ago. Please use that one, or ask again later.",
            await WaitSeconds(phone, now, ct));
    }

    /// <summary>When the throttle lets the next code go: after the resend gap, or when the hour's window ends.</summary>
    private async Task<int> WaitSeconds(IndianMobile phone, DateTimeOffset now, CancellationToken ct)
    {
        await using var read = dataSource.CreateCommand("SELECT sent_at, window_started_at, sends_in_window FROM phone_codes WHERE phone = @phone");
        read.Parameters.AddWithValue("phone", phone.Number);
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return options.Value.ResendSeconds;
        var next = reader.GetFieldValue<DateTimeOffset>(0).AddSeconds(options.Value.ResendSeconds);
        if (reader.GetInt32(2) >= options.Value.SendsPerPhonePerHour)
            next = new[] { next, reader.GetFieldValue<DateTimeOffset>(1).AddHours(1) }.Max();
        return Math.Max(1, (int)Math.Ceiling((next - now).TotalSeconds));
    }

    /// <summary>
    /// One statement, so the code and its message commit together (a committed code always has its
    /// SMS) and the throttle is decided under the phone row's lock: of many requests at once for one
    /// number, the first inserts or updates the row and every other one, waiting on that row, then
    /// finds it sent just now and changes nothing. A code is written only where a template exists.
    /// </summary>
    private const string Sql = $"""
        WITH code AS (
            INSERT INTO phone_codes AS c (phone, salt, hash, expires_at, tries, sent_at, window_started_at, sends_in_window)
            SELECT @phone, @salt, @hash, @expires_at, 0, @now, @now, 1
             WHERE EXISTS (SELECT 1 FROM message_templates WHERE kind = @message_kind)
            ON CONFLICT (phone) DO UPDATE
               SET salt = EXCLUDED.salt, hash = EXCLUDED.hash, expires_at = EXCLUDED.expires_at, tries = 0, sent_at = @now,
                   window_started_at = CASE WHEN c.window_started_at <= @window_start THEN @now ELSE c.window_started_at END,
                   sends_in_window = CASE WHEN c.window_started_at <= @window_start THEN 1 ELSE c.sends_in_window + 1 END
             WHERE c.sent_at <= @resend_before AND (c.window_started_at <= @window_start OR c.sends_in_window < @per_hour)
            RETURNING phone
        ),
        message AS ({MessageSql.InsertCode})
        SELECT phone FROM code
        """;
}
