namespace Opd.Core.PhoneCodes;

/// <summary>One-time codes by SMS (section PhoneCodes) and whether online bookings need one (section Booking).</summary>
public sealed class PhoneCodeOptions
{
    public const string Section = "PhoneCodes";

    /// <summary>Fixed at 10 by the SMS templates' wording ("valid for 10 minutes"), which DLT registration freezes.</summary>
    public const int ValidMinutes = 10;

    public const int MaxTries = 5;

    /// <summary>The least time between two codes to one number.</summary>
    public int ResendSeconds { get; set; } = 60;

    public int SendsPerPhonePerHour { get; set; } = 5;

    /// <summary>How long a verified phone stays verified for the caller who entered the code.</summary>
    public int VerificationMinutes { get; set; } = 30;
}

public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>Anonymous online bookings must first prove the phone with a code; staff bookings never do.</summary>
    public bool RequirePhoneVerification { get; set; }
}
