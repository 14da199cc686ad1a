using Opd.Core.Tokens;

namespace Opd.Core.Queue;

public enum QueueActionKind { Call, Recall, Skip, NoShow, Serve, Transfer }

/// <summary>
/// One action at a queue, kept with the state of every token it changed, so that the last action
/// of a line can be undone exactly. The tokens' own histories record the same steps for patients.
/// </summary>
public sealed class QueueAction
{
    public long Id { get; init; }

    /// <summary>The line: "doctor:5:2026-11-23" or "department:dental:2026-11-23".</summary>
    public required string Line { get; init; }

    public QueueActionKind Kind { get; init; }
    public Guid TokenId { get; init; }

    /// <summary>The changed tokens as they were before the action.</summary>
    public required List<QueueSnapshot> Before { get; init; }

    public required string Actor { get; init; }
    public DateTimeOffset At { get; init; }
    public DateTimeOffset? UndoneAt { get; set; }
}
