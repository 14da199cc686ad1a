namespace Opd.Core.Messages;

/// <summary>
/// An SMS or WhatsApp message a patient sent us, kept by the provider's id: a webhook the provider
/// retries finds its first delivery here and is answered without booking again.
/// </summary>
public sealed class InboundMessage
{
    public Guid Id { get; init; }

    /// <summary>sms or whatsapp.</summary>
    public required string Channel { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>The sender's ten-digit mobile number, as the carrier delivered it.</summary>
    public required string Phone { get; init; }

    public required string Text { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>What the assistant answered, and the outbox message that carries it.</summary>
    public string? Reply { get; set; }

    public Guid? ReplyMessageId { get; set; }
}
