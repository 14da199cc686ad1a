namespace Opd.Core.Messages;

/// <summary>
/// A mobile number that asked for no more reminders (a STOP reply, or the switch on a token page).
/// Messages a patient needs to act on, a one-time code or a token cancelled by the clinic, still go.
/// </summary>
public sealed class OptOut
{
    /// <summary>The ten-digit mobile number, as tokens store it.</summary>
    public required string Phone { get; init; }

    /// <summary>Where the patient asked: sms, whatsapp or web.</summary>
    public required string Channel { get; set; }

    public DateTimeOffset StoppedAt { get; set; }
}
