using Microsoft.Extensions.Options;
using Npgsql;
using Opd.Core.Common;

namespace Opd.Core.PhoneCodes;

/// <summary>Checks a code typed back; the right one, once, gives a short-lived verification for that phone.</summary>
public sealed class VerifyPhoneCode(NpgsqlDataSource dataSource, ClinicClock clock, IOptions<PhoneCodeOptions> options)
{
    public sealed record Verified(IndianMobile Phone, string Token, DateTimeOffset ExpiresAt);

    public const string Dead = "There is no code to check for this number: it has expired, was used, or was tried too often. Please ask for a new code.";

    private const string NotRight = "The code is not right.";

    /// <summary>The code was wrong but lives on: the person may type it again rather than ask for a new one.</summary>
    public static bool MayTryAgain(Error error) => error.Detail.StartsWith(NotRight, StringComparison.Ordinal) && error.Detail.Contains("left", StringComparison.Ordinal);

    public async Task<Result<Verified>> Handle(IndianMobile phone, string? code, CancellationToken ct)
    {
        code = code?.Trim();
        if (!CodeHash.IsCode(code))
            return ValidationError.For("code", "The code is the 6 digits in the SMS sent to this number.");
        var now = clock.UtcNow;
        // The try is counted before the code is compared, in one conditional update: parallel
        // guesses each take one of the five tries, and none can be made once they are used up.
        await using var take = dataSource.CreateCommand("""
            UPDATE phone_codes SET tries = tries + 1
             WHERE phone = @phone AND expires_at > @now AND tries < @max
            RETURNING salt, hash, tries
            """);
        take.Parameters.AddWithValue("phone", phone.Number);
        take.Parameters.AddWithValue("now", now);
        take.Parameters.AddWithValue("max", PhoneCodeOptions.MaxTries);
        byte[] salt, hash;
        int tries;
        await using (var reader = await take.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
                return ValidationError.For("code", Dead);
            (salt, hash, tries) = (reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1), reader.GetInt32(2));
        }
        if (!CodeHash.Matches(code!, salt, hash))
        {
            var left = PhoneCodeOptions.MaxTries - tries;
            return ValidationError.For("code", left > 0
                ? $"{NotRight} {left} {(left == 1 ? "try" : "tries")} left."
                : $"{NotRight} That was the last try; please ask for a new code.");
        }
        var token = CodeHash.NewToken();
        var until = now.AddMinutes(options.Value.VerificationMinutes);
        await using var use = dataSource.CreateCommand(UseSql);
        use.Parameters.AddWithValue("phone", phone.Number);
        use.Parameters.AddWithValue("hash", hash);
        use.Parameters.AddWithValue("now", now);
        use.Parameters.AddWithValue("token_hash", CodeHash.OfToken(token));
        use.Parameters.AddWithValue("until", until);
        return await use.ExecuteScalarAsync(ct) is string
            ? new Verified(phone, token, until)
            : ValidationError.For("code", Dead);
    }

    /// <summary>
    /// The code ends as it is used, in the statement that stores the verification: of two right
    /// answers at once, only the one whose update finds the code still alive gets a verification.
    /// Verifications that have ended are cleared on the way.
    /// </summary>
    private const string UseSql = """
        WITH used AS (
            UPDATE phone_codes SET expires_at = @now
             WHERE phone = @phone AND hash = @hash AND expires_at > @now
            RETURNING phone
        ),
        ended AS (DELETE FROM phone_verifications WHERE expires_at < @now),
        proof AS (
            INSERT INTO phone_verifications (token_hash, phone, created_at, expires_at)
            SELECT @token_hash, phone, @now, @until FROM used
            RETURNING phone
        )
        SELECT phone FROM proof
        """;
}
