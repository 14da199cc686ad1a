using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>The classes of the queue, most urgent first.</summary>
public enum QueueClass { Emergency, Priority, FollowUp, Online, WalkIn }

/// <summary>
/// The one rule that orders patients in front of a doctor: EMERGENCY &gt; PRIORITY &gt; FOLLOW_UP &gt;
/// ONLINE &gt; WALK_IN, first come first served within a class. The queue, the estimates and the
/// board all order through <see cref="Sort"/>.
/// </summary>
public static class QueueOrder
{
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
        tokens.OrderBy(t => ClassOf(t.Source, t.Priority)).ThenBy(t => t.CreatedAt).ThenBy(t => t.TokenNumber).ThenBy(t => t.AppointmentId);
}
