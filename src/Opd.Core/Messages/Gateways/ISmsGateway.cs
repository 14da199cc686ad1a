namespace Opd.Core.Messages.Gateways;

/// <summary>Where messages leave the application: the log, a provider's HTTP API, or WhatsApp.</summary>
public interface ISmsGateway
{
    string Name { get; }

    /// <summary>Sends one message. A failure the provider did not answer (timeout, no connection) may throw.</summary>
    Task<SendOutcome> Send(OutgoingSms sms, CancellationToken ct);
}

/// <param name="MessageId">Our id, sent with the message so a provider that deduplicates can drop a repeat.</param>
/// <param name="Variables">The template's values by name, for a channel that sends them apart from the text (WhatsApp).</param>
public sealed record OutgoingSms(Guid MessageId, string To, string Text, string? TemplateId, string? EntityId, string? Sender,
    string Kind = "", string Language = "en", string Channel = OptOuts.Sms, IReadOnlyDictionary<string, string>? Variables = null);

public enum SendResult
{
    Sent,

    /// <summary>Not sent this time (an outage, a timeout, a busy provider): try again later.</summary>
    Retry,

    /// <summary>The provider refused the message itself: sending it again would not help.</summary>
    Refused,
}

/// <param name="Answer">What the provider said, for the message log (shortened there).</param>
public sealed record SendOutcome(SendResult Result, string? ProviderId, string Answer);
