namespace Opd.Core.Messages;

/// <summary>
/// One message to a patient in the outbox. Its id goes to the provider with every send, so a
/// provider that deduplicates can drop a repeat after a crash mid-send.
/// </summary>
public sealed class Message
{
    public Guid Id { get; init; }
    public required string Kind { get; init; }
    public required string Language { get; init; }
    public required string ToPhone { get; init; }
    public required string Text { get; init; }
    public string? TemplateId { get; init; }
    public string? EntityId { get; init; }
    public string? Sender { get; init; }
    public Guid? TokenId { get; init; }

    /// <summary>sms or whatsapp: the gateway that sends it.</summary>
    public string Channel { get; init; } = OptOuts.Sms;

    /// <summary>The template's values by name as JSON ({"token": …, "link": …}), for channels that take them apart (WhatsApp).</summary>
    public string? Variables { get; init; }

    /// <summary>When a receipt poll last asked the provider about it.</summary>
    public DateTimeOffset? CheckedAt { get; init; }
    public MessageStatus Status { get; init; }
    public int Attempts { get; init; }

    /// <summary>When a dispatcher may take it: a retry's time, or while it is being sent, the end of the lease.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>After this it is worth nothing to the patient (a code after 10 minutes, a confirmation after the appointment).</summary>
    public DateTimeOffset Deadline { get; init; }

    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>Set for kinds sent at most once per token (kind:token id), so two servers' jobs cannot both write one.</summary>
    public string? OnceKey { get; init; }

    /// <summary>The gateway that gave the last answer (log, http...), for failure rates per gateway.</summary>
    public string? Gateway { get; init; }
    public string? ProviderId { get; init; }
    public string? ProviderAnswer { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// Queued (also between retries) → Sending (claimed under a lease) → Sent → Delivered → Read (WhatsApp);
/// Failed when the provider refused it for good or reported it undelivered; Expired when its deadline
/// passed before a send succeeded; Stopped when the patient turned such messages off after it was written.
/// </summary>
public enum MessageStatus
{
    Queued,
    Sending,
    Sent,
    Delivered,
    Failed,
    Expired,

    Read,
    Stopped,
}
