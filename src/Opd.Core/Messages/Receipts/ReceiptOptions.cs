namespace Opd.Core.Messages.Receipts;

/// <summary>
/// Delivery receipts of the http SMS gateway (Notifications:Sms:Receipts): pushed to our webhook,
/// or polled from the provider's status URL when it has no push.
/// </summary>
public sealed class ReceiptOptions
{
    /// <summary>The shared secret the provider sends in <see cref="SecretHeader"/>; without it the webhook answers 404.</summary>
    public string? Secret { get; set; }

    public string SecretHeader { get; set; } = "X-Webhook-Secret";

    /// <summary>Where the provider's message id is in a receipt (a form field, or a JSON path such as data.id).</summary>
    public string IdField { get; set; } = "id";

    /// <summary>Where our message id is, for providers that echo it back (it is sent with each message).</summary>
    public string MessageIdField { get; set; } = "message_id";

    public string StatusField { get; set; } = "status";

    /// <summary>The provider's words for delivered and for failed, comma-separated, compared without case.</summary>
    public string Delivered { get; set; } = "delivered,delivrd,success";

    public string Failed { get; set; } = "failed,undeliv,undelivered,rejectd,rejected,expired";

    /// <summary>Seconds between polls of the status URL; 0 = no polling (the default).</summary>
    public double PollSeconds { get; set; }

    /// <summary>The provider's status URL with {provider_id} and {message_id}; asked with GET and the gateway's headers.</summary>
    public string? StatusUrl { get; set; }

    /// <summary>A message sent longer ago than this is not asked about any more.</summary>
    public double PollHours { get; set; } = 48;

    public int PollBatch { get; set; } = 50;

    /// <summary>The status word it names, or null when it is neither (queued, submitted, an unknown word).</summary>
    public MessageStatus? Read(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
            return null;
        static bool In(string list, string w) =>
            list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(w, StringComparer.OrdinalIgnoreCase);
        return In(Delivered, word.Trim()) ? MessageStatus.Delivered : In(Failed, word.Trim()) ? MessageStatus.Failed : null;
    }
}
