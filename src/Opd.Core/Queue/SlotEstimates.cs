using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>A token's place in its slot and the time the patient can expect to be seen.</summary>
public sealed record Placement(Token Token, int Position, DateTimeOffset EstimatedTime);

public static class SlotEstimates
{
    /// <summary>
    /// Places every token of a slot: patients already seen keep the first positions, the waiting
    /// follow in queue order.
    /// </summary>
    public static IReadOnlyList<Placement> Place(Slot slot, IEnumerable<Token> tokens, int delayMinutes)
    {
        var list = tokens.ToList();
        var seen = list.Where(t => t.Status is TokenStatus.Completed or TokenStatus.NoShow).OrderBy(t => t.UpdatedAt);
        var waiting = QueueOrder.Sort(list.Where(t => TokenStatusRules.IsActive(t.Status)));
        return seen.Concat(waiting).Select((token, index) => new Placement(token, index + 1, Estimate(slot, index + 1, token, delayMinutes))).ToList();
    }

    /// <summary>
    /// Places a token that was just booked from its slot's counters: it comes after everyone seen
    /// and everyone waiting in its class or a more urgent one (it is the latest arrival, and the
    /// counters already include it).
    /// </summary>
    public static Placement ForNewest(Slot slot, Token token, int delayMinutes)
    {
        var mine = (int)QueueOrder.ClassOf(token.Source, token.Priority);
        var position = Math.Max(1, slot.SeenCount + slot.WaitingByClass.Take(mine + 1).Sum());
        return new Placement(token, position, Estimate(slot, position, token, delayMinutes));
    }

    /// <summary>
    /// Estimated time = slot start + (position − 1) × (slot length ÷ capacity) + the doctor's delay.
    /// Only an emergency beyond capacity may be estimated past the slot's end; everyone else is held
    /// at the last planned place.
    /// </summary>
    private static DateTimeOffset Estimate(Slot slot, int position, Token token, int delayMinutes)
    {
        var estimate = slot.StartTime + slot.Step * (position - 1);
        if (estimate >= slot.EndTime && QueueOrder.ClassOf(token.Source, token.Priority) != QueueClass.Emergency)
            estimate = slot.EndTime - slot.Step;
        return estimate + TimeSpan.FromMinutes(delayMinutes);
    }
}
