namespace Opd.Core.Messages.Inbound;

/// <summary>
/// Messages patients send to the clinic's number (Notifications:Sms:Inbound): the provider posts
/// each one to our webhook as a form or JSON, with fields named here.
/// </summary>
public sealed class InboundOptions
{
    /// <summary>The shared secret the provider sends in <see cref="SecretHeader"/>; without it the webhook answers 404.</summary>
    public string? Secret { get; set; }

    public string SecretHeader { get; set; } = "X-Webhook-Secret";

    /// <summary>The sender's number (a form field, or a JSON path such as message.from).</summary>
    public string FromField { get; set; } = "from";

    public string TextField { get; set; } = "text";

    /// <summary>The provider's id of the message: a retried webhook carries the same one.</summary>
    public string IdField { get; set; } = "id";

    /// <summary>Messages one phone may send in an hour; more are refused with 429.</summary>
    public int PerPhonePerHour { get; set; } = 30;
}
