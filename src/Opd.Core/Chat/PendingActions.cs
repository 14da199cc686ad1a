namespace Opd.Core.Chat;

/// <summary>
/// Where a booking or cancellation an assistant proposed waits for the person's yes: in the chat
/// thread (<see cref="ChatTurn"/>) or as a single-use MCP confirmation (<see cref="McpConfirmations"/>).
/// </summary>
public abstract class PendingActions
{
    /// <summary>Keeps the checked action and answers the summary the assistant must show; nothing runs here.</summary>
    public abstract Task<AssistantTools.Answer> Propose(PendingAction action, CancellationToken ct);

    /// <summary>Runs a proposal by the id its summary gave (MCP's second step).</summary>
    public abstract Task<AssistantTools.Answer> Confirm(string kind, string confirmationId, CancellationToken ct);
}

/// <summary>
/// One model turn of a chat: the first booking or cancellation the model proposes is kept for the
/// thread, to be run by the patient's next message if it is a yes. Any further proposal in the same
/// turn is refused, so one yes can never run two actions; an id never confirms anything here.
/// </summary>
public sealed class ChatTurn : PendingActions
{
    private PendingAction? _proposed;

    public PendingAction? Proposed => _proposed;

    public override Task<AssistantTools.Answer> Propose(PendingAction action, CancellationToken ct) =>
        Task.FromResult(Interlocked.CompareExchange(ref _proposed, action, null) is null
            ? new AssistantTools.Answer(false, AssistantTools.Summary(action), Note:
                "Not done yet: the patient is shown this summary and asked for a yes; their own yes runs it. Propose nothing else now.")
            : new AssistantTools.Answer(false, null,
                "Only one booking or cancellation can wait for the patient's yes; this one was not kept. Ask about the first one."));

    public override Task<AssistantTools.Answer> Confirm(string kind, string confirmationId, CancellationToken ct) =>
        Task.FromResult(new AssistantTools.Answer(false, null, "In the chat only the patient's own yes, in their next message, confirms; nothing was done."));
}
