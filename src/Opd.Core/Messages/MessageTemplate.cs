namespace Opd.Core.Messages;

/// <summary>
/// The text of one kind of message in one language, exactly as registered on the DLT platform:
/// Indian operators drop an SMS that does not match its registered template.
/// </summary>
public sealed class MessageTemplate
{
    public required string Kind { get; init; }

    /// <summary>en, or (Odia) or hi (Hindi).</summary>
    public required string Language { get; init; }

    /// <summary>Fixed text with its variables written as {name}, for example {token} and {link}.</summary>
    public required string Text { get; set; }

    /// <summary>The variables the text uses, in order; each is one {#var#} of the registered template.</summary>
    public string[] Variables { get; set; } = [];

    public string? DltTemplateId { get; set; }
    public string? EntityId { get; set; }

    /// <summary>The sender header (six letters such as CHCHCP).</summary>
    public string? Sender { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
