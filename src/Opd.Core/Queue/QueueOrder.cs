using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>The classes of the queue, most urgent first.</summary>
public enum QueueClass { Emergency, Priority, FollowUp, Online, WalkIn }

/// <summary>
/// The one rule that orders patients in front of a doctor: EMERGENCY &gt; PRIORITY &gt; FOLLOW_UP &gt;
/// ONLINE &gt; WALK_IN, first come first served within a class (a skipped patient stands where the skip put them).
/// The queue, the estimates and the board all order through these two functions.
/// </summary>
public static class QueueOrder
{
    /// <summary>How many classes there are: the length of every per-class counter (slots.waiting_by_class).</summary>
    public static readonly int ClassCount = Enum.GetValues<QueueClass>().Length;

    /// <summary>Department-token priorities map onto the classes: emergency and high jump ahead, normal and low keep their source's place.</summary>
    public static QueueClass ClassOf(TokenSource source, TokenPriority priority) => (source, priority) switch
    {
        (TokenSource.Emergency, _) or (_, TokenPriority.Emergency) => QueueClass.Emergency,
        (TokenSource.Priority, _) or (_, TokenPriority.High) => QueueClass.Priority,
        (TokenSource.FollowUp, _) => QueueClass.FollowUp,
        (TokenSource.WalkIn, _) => QueueClass.WalkIn,
        _ => QueueClass.Online,
    };

    public static IOrderedEnumerable<Token> Sort(IEnumerable<Token> tokens) =>
        tokens.OrderBy(t => ClassOf(t.Source, t.Priority)).ThenBy(t => t.QueueTime).ThenBy(t => t.TokenNumber).ThenBy(t => t.AppointmentId);

    /// <summary>A whole day's line: session by session (a slot, or an hour of department tokens), each in queue order.</summary>
    public static IOrderedEnumerable<Token> SortDay(IEnumerable<Token> tokens, Func<Token, DateTimeOffset> sessionStart) =>
        tokens.OrderBy(sessionStart).ThenBy(t => ClassOf(t.Source, t.Priority)).ThenBy(t => t.QueueTime).ThenBy(t => t.TokenNumber)
            .ThenBy(t => t.AppointmentId);
}
