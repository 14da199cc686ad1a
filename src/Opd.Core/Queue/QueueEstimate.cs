using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// Where a waiting token's session begins, how long one patient is planned to take in it, and the
/// session's last planned place (a slot's; department hours have none).
/// </summary>
public readonly record struct Session(DateTimeOffset Start, TimeSpan Planned, DateTimeOffset? LastPlace)
{
    public static Session Of(Slot slot) => new(slot.StartTime, slot.Step, slot.EndTime - slot.Step);
}

/// <summary>
/// The one estimate of when waiting patients are called: the board, the consoles, the token page,
/// the assistants, the /api/v1 queue and the booking answers all show it. It walks down the line:
/// each patient starts when the one before is done, never before their own session plus the
/// doctor's delay. A consultation takes the moving average of the day's real ones once enough are
/// measured, else the plan (slot length ÷ capacity).
/// </summary>
public static class QueueEstimate
{
    /// <param name="waiting">In queue order.</param>
    /// <param name="averageMinutes">The measured consultation, or null while the plan is used.</param>
    public static IReadOnlyList<Placed> Walk(IEnumerable<Token> waiting, Token? serving, Func<Token, Session> sessionOf, DateTimeOffset now,
        int delayMinutes, double? averageMinutes)
    {
        var delay = TimeSpan.FromMinutes(delayMinutes);
        TimeSpan Step(Token t) => averageMinutes is { } a ? TimeSpan.FromMinutes(a) : sessionOf(t).Planned;
        var free = serving is null ? now : Max(now, serving.CalledAt!.Value + Step(serving));
        var placed = new List<Placed>();
        foreach (var token in waiting)
        {
            var session = sessionOf(token);
            var start = Max(free, session.Start + delay);
            placed.Add(new Placed(token, placed.Count + 1, Held(token, session, start, now, delay, averageMinutes), averageMinutes is not null));
            free = start + Step(token);
        }
        return placed;
    }

    /// <summary>
    /// On the plan, a patient holding a place in a slot is promised a time inside it: only an
    /// emergency overbooks a slot, and the patients it pushes back keep their slot's last planned
    /// place (never a time already past). Measured times are shown as they are.
    /// </summary>
    private static DateTimeOffset Held(Token token, Session session, DateTimeOffset start, DateTimeOffset now, TimeSpan delay, double? averageMinutes) =>
        averageMinutes is null && session.LastPlace is { } last && QueueOrder.ClassOf(token.Source, token.Priority) != QueueClass.Emergency
            ? Max(now, Min(start, last + delay))
            : start;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
