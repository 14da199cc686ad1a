namespace Opd.Core.PhoneCodes;

/// <summary>
/// The one-time code last sent to a mobile number (a new one replaces it), kept only as a salted
/// hash, with what the resend throttle needs: when it was sent and how many went out this hour.
/// </summary>
public sealed class PhoneCode
{
    /// <summary>The ten-digit mobile number, as tokens store it.</summary>
    public required string Phone { get; init; }

    public required byte[] Salt { get; init; }
    public required byte[] Hash { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Wrong or right, every try counts; at <see cref="PhoneCodeOptions.MaxTries"/> the code is dead.</summary>
    public int Tries { get; init; }

    public DateTimeOffset SentAt { get; init; }
    public DateTimeOffset WindowStartedAt { get; init; }
    public int SendsInWindow { get; init; }
}

/// <summary>A proof that someone read a code sent to <see cref="Phone"/>: the SHA-256 of an opaque random token the caller holds.</summary>
public sealed class PhoneVerification
{
    public required byte[] TokenHash { get; init; }
    public required string Phone { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
