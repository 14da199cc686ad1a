namespace Opd.Core.Chat;

/// <summary>
/// Where one conversation stands: the language, what is being done, what has been collected and
/// what was asked last. Kept as JSON with the thread.
/// </summary>
public sealed class ChatState
{
    public ChatLanguage Language { get; set; }

    /// <summary>The task under way ("book", "cancel", "bookings", "queue"); while a code is awaited, the task it unlocks, or null.</summary>
    public string? Task { get; set; }

    /// <summary>The question the assistant asked last, so that a bare answer ("35", "Asha") fills it.</summary>
    public string? Asked { get; set; }

    public string? Name { get; set; }
    public int? Age { get; set; }
    public string? Phone { get; set; }
    public string? Symptoms { get; set; }
    public string? Department { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }

    /// <summary>A department the clinic does not have, while its closest one is offered.</summary>
    public string? Missing { get; set; }

    /// <summary>A token number whose place in the queue was asked, while its department is asked.</summary>
    public int? TokenNumber { get; set; }

    /// <summary>The number the last one-time code went to, while the assistant waits for it to be typed.</summary>
    public string? CodePhone { get; set; }

    /// <summary>The number this conversation proved with a code, and until when; kept on the server with the thread, never sent by the person.</summary>
    public string? VerifiedPhone { get; set; }

    public DateTimeOffset? VerifiedUntil { get; set; }

    /// <summary>The token a cancellation is waiting to be confirmed for.</summary>
    public Guid? TokenId { get; set; }

    /// <summary>What the model proposed, run only if the patient's next message is a yes; any other message drops it.</summary>
    public PendingAction? Pending { get; set; }

    public void ClearBooking() => (Task, Asked, Name, Age, Phone, Symptoms, Department, Date, Time) = (null, null, null, null, null, null, null, null, null);
}

/// <summary>A conversation kept in the database; it ends after <see cref="ChatOptions.ThreadMinutes"/> without a message.</summary>
public sealed class ChatThread
{
    public required string Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary><see cref="ChatState"/> as JSON.</summary>
    public required string State { get; set; }

    /// <summary>The last turns as JSON: [{"from": "patient" | "assistant", "text", "at"}].</summary>
    public required string Transcript { get; set; }

    /// <summary>The row's version (PostgreSQL's xmin), checked when a reply is saved.</summary>
    public uint Version { get; set; }
}

public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>A thread without a message for this long is forgotten.</summary>
    public int ThreadMinutes { get; set; } = 120;

    /// <summary>How many turns a thread keeps.</summary>
    public int KeepTurns { get; set; } = 40;

    /// <summary>Optional OpenAI-compatible chat endpoint (base URL ending before /chat/completions); empty = offline only.</summary>
    public string? LlmBaseUrl { get; set; }

    public string? LlmModel { get; set; }
    public string? LlmApiKey { get; set; }
    public int LlmTimeoutSeconds { get; set; } = 15;

    /// <summary>How long an MCP booking or cancellation summary can be confirmed by its id.</summary>
    public int ConfirmationMinutes { get; set; } = 10;
}
