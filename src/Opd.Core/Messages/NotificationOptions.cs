using Opd.Core.Messages.Gateways;
using Opd.Core.Messages.Inbound;
using Opd.Core.Messages.Receipts;

namespace Opd.Core.Messages;

/// <summary>The outbox and its dispatcher (section Notifications).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Where patients open their token: the link in a message is this plus /t/{token id}.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:8000";

    /// <summary>The language of messages (en, or, hi) until a patient's own is known; English where a template is missing.</summary>
    public string Language { get; set; } = "en";

    /// <summary>How often each server looks for due messages; a booking in the same server wakes it at once.</summary>
    public double PollSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 50;

    /// <summary>Sends in flight at once per server.</summary>
    public int Parallel { get; set; } = 8;

    /// <summary>
    /// How long a claimed message is left to its dispatcher. A message still unconfirmed then is
    /// taken again (its dispatcher died), so it must be longer than a send can last (Sms:Http:TotalTimeoutSeconds).
    /// </summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>The wait after the first failed send; it doubles after each further failure, up to the maximum, with jitter.</summary>
    public double RetryFirstSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 1800;

    /// <summary>Whether a booking writes its confirmation (a clinic without an SMS budget, or a measurement without them, turns it off).</summary>
    public bool BookingConfirmations { get; set; } = true;

    /// <summary>Clinic time on the evening before an appointment when its reminder is written.</summary>
    public TimeOnly EveningReminder { get; set; } = new(18, 0);

    /// <summary>Clinic time on the appointment's morning when its reminder is written (appointments not yet past).</summary>
    public TimeOnly MorningReminder { get; set; } = new(7, 0);

    /// <summary>No message but a code, a confirmation or a test goes out from QuietFrom to QuietUntil (clinic time); equal times turn quiet hours off.</summary>
    public TimeOnly QuietFrom { get; set; } = new(21, 0);

    public TimeOnly QuietUntil { get; set; } = new(7, 0);

    /// <summary>"Your turn is near" goes when this many patients or fewer are before the patient in a doctor's or department's line.</summary>
    public int TurnNearAhead { get; set; } = 3;

    /// <summary>A doctor's delay above this many minutes is told to the patients still waiting.</summary>
    public int RunningLateMinutes { get; set; } = 30;

    /// <summary>How often each server looks for reminders that have come due.</summary>
    public double ReminderSeconds { get; set; } = 60;

    /// <summary>Whether a clinic time lies in the quiet hours.</summary>
    public bool IsQuiet(TimeOnly local) => QuietFrom != QuietUntil && local.IsBetween(QuietFrom, QuietUntil);

    public SmsOptions Sms { get; set; } = new();

    /// <summary>
    /// sms (the default), whatsapp, or whatsapp-sms: WhatsApp first, and the same message by SMS when
    /// WhatsApp refuses it or reports it failed (a feature phone has no WhatsApp).
    /// </summary>
    public string Channel { get; set; } = SmsChannel;

    public WhatsAppOptions WhatsApp { get; set; } = new();

    public const string SmsChannel = "sms";
    public const string WhatsAppChannel = "whatsapp";
    public const string WhatsAppThenSms = "whatsapp-sms";

    /// <summary>The channel a new message about a token goes by.</summary>
    public string FirstChannel => Channel == SmsChannel ? OptOuts.Sms : OptOuts.WhatsApp;

    public bool FallsBackToSms => Channel == WhatsAppThenSms;
}

public sealed class SmsOptions
{
    public const string LogGateway = "log";
    public const string HttpGateway = "http";

    /// <summary>log (write to the server's log and mark sent) or http (a provider's HTTP API).</summary>
    public string Gateway { get; set; } = LogGateway;

    public HttpGatewayOptions Http { get; set; } = new();

    public ReceiptOptions Receipts { get; set; } = new();

    public InboundOptions Inbound { get; set; } = new();
}
