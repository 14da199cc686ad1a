namespace Opd.Core.Messages;

/// <summary>The kinds of message the application writes, and the values each offers its templates.</summary>
public static class MessageKinds
{
    public const string BookingConfirmation = "booking_confirmation";
    public const string CancelledByStaff = "cancelled_by_staff";
    public const string OneTimeCode = "one_time_code";

    /// <summary>The assistant's answer to a patient's SMS or WhatsApp message: the whole answer is the one variable.</summary>
    public const string AssistantReply = "assistant_reply";

    public static readonly IReadOnlyList<string> Languages = ["en", "or", "hi"];

    /// <summary>
    /// What a template of each kind may put in its text. {token} is the token's number, room or
    /// department, date and time in one value, because a template may have only two (TRAI, 2025).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Values = new Dictionary<string, string[]>
    {
        [BookingConfirmation] = ["token", "link"],
        [CancelledByStaff] = ["token", "link"],
        [OneTimeCode] = ["code"],
        [AssistantReply] = ["reply"],
    };

    /// <summary>A one-time code is worthless after this; a token's message lives at least this long, so a walk-in booked for now still gets its link.</summary>
    public static readonly TimeSpan ShortestLife = TimeSpan.FromMinutes(10);
}
