namespace Opd.Core.Messages;

/// <summary>The kinds of message the application writes, and the values each offers its templates.</summary>
public static class MessageKinds
{
    public const string BookingConfirmation = "booking_confirmation";
    public const string CancelledByStaff = "cancelled_by_staff";
    public const string OneTimeCode = "one_time_code";
    public const string ReminderEvening = "reminder_evening";
    public const string ReminderMorning = "reminder_morning";
    public const string TurnNear = "turn_near";
    public const string RunningLate = "running_late";
    public const string ClosureMoved = "closure_moved";
    public const string ClosureCancelled = "closure_cancelled";
    public const string WaitlistPlace = "waitlist_place";
    public const string Test = "sms_test";

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
        [ReminderEvening] = ["token", "link"],
        [ReminderMorning] = ["token", "link"],
        [TurnNear] = ["token", "link"],
        [RunningLate] = ["delay", "link", "token"],
        [ClosureMoved] = ["token", "link"],
        [ClosureCancelled] = ["token", "link"],
        [WaitlistPlace] = ["token", "link"],
        [Test] = [],
    };

    /// <summary>What a patient may turn off (STOP, or the switch on the token page); the rest they need to act on.</summary>
    public static readonly IReadOnlySet<string> Stoppable = new HashSet<string> { ReminderEvening, ReminderMorning, TurnNear, RunningLate };

    /// <summary>
    /// Sent in quiet hours too: a code is asked for that minute, a confirmation answers what the
    /// patient has just done, and a test is an operator's. Everything else waits for the morning.
    /// </summary>
    public static readonly IReadOnlySet<string> AnyTime = new HashSet<string> { OneTimeCode, BookingConfirmation, Test };

    /// <summary>Written at most once per token, whichever server or job comes first (a unique key in the outbox).</summary>
    public static readonly IReadOnlySet<string> OncePerToken = new HashSet<string> { ReminderEvening, ReminderMorning, TurnNear, RunningLate };

    /// <summary>A one-time code is worthless after this; a token's message lives at least this long, so a walk-in booked for now still gets its link.</summary>
    public static readonly TimeSpan ShortestLife = TimeSpan.FromMinutes(10);

    /// <summary>"Your turn is near" is worth nothing once the patient has been called: it lives this long, whatever the appointment.</summary>
    public static readonly TimeSpan TurnNearLife = TimeSpan.FromMinutes(20);
}
