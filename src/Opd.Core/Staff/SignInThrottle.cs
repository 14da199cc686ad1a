using Npgsql;

namespace Opd.Core.Staff;

/// <summary>
/// Wrong sign-ins per client address and username. Counting per pair (not per account) slows a
/// guesser down without locking the real owner out: from another address the owner signs in at once.
/// </summary>
public sealed class SignInThrottle
{
    public required string ClientAddress { get; init; }
    public required string Username { get; init; }

    /// <summary>Attempts since the last success, the one in progress included.</summary>
    public int Failures { get; init; }

    public DateTimeOffset LastAttemptAt { get; init; }

    /// <summary>No attempt from this address for this username is checked before this moment.</summary>
    public DateTimeOffset? BlockedUntil { get; init; }

    /// <summary>Attempts without a wait; after them each attempt waits twice as long as the one before.</summary>
    public const int FreeAttempts = 5;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);

    /// <summary>A pair with no attempt for this long starts again from nothing.</summary>
    public static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    /// <summary>
    /// Takes an attempt before the password is checked, in one statement: the upsert holds the
    /// pair's row lock, so of any number of parallel guesses exactly the free ones get through and
    /// the rest find the pair blocked. No row comes back while the pair is blocked. Pairs idle past
    /// <see cref="Forget"/> are cleared on the way.
    /// </summary>
    internal const string TakeAttempt = """
        WITH stale AS (
            DELETE FROM sign_in_throttles WHERE last_attempt_at < @forget AND NOT (client_address = @address AND username = @username)
        )
        INSERT INTO sign_in_throttles AS t (client_address, username, failures, last_attempt_at, blocked_until)
        VALUES (@address, @username, 1, @now, CASE WHEN @free <= 1 THEN @now + @first END)
        ON CONFLICT (client_address, username) DO UPDATE
           SET failures = CASE WHEN t.last_attempt_at < @forget THEN 1 ELSE t.failures + 1 END,
               last_attempt_at = @now,
               blocked_until = CASE WHEN (CASE WHEN t.last_attempt_at < @forget THEN 1 ELSE t.failures + 1 END) >= @free
                   THEN @now + LEAST(@longest, @first * power(2, LEAST(30, (CASE WHEN t.last_attempt_at < @forget THEN 1 ELSE t.failures + 1 END) - @free)))
               END
         WHERE t.blocked_until IS NULL OR t.blocked_until <= @now
        RETURNING t.failures
        """;

    internal static void AddParameters(NpgsqlParameterCollection p, string address, string username, DateTimeOffset now)
    {
        p.AddWithValue("address", address);
        p.AddWithValue("username", username);
        p.AddWithValue("now", now);
        p.AddWithValue("forget", now - Forget);
        p.AddWithValue("free", FreeAttempts);
        p.AddWithValue("first", FirstDelay);
        p.AddWithValue("longest", LongestDelay);
    }
}
