using Opd.Core.Scheduling;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>A token's place in its slot and the time the patient can expect to be seen.</summary>
public sealed record Placement(Token Token, int Position, DateTimeOffset EstimatedTime);

public static class SlotEstimates
{
    /// <summary>
    /// Estimated time = slot start + (position − 1) × (slot length ÷ capacity) + the doctor's delay.
    /// Patients already seen keep the first positions; the waiting follow in queue order. Only an
    /// emergency beyond capacity may be estimated past the slot's end; everyone else is held at
    /// the last planned place.
    /// </summary>
    public static IReadOnlyList<Placement> Place(Slot slot, IEnumerable<Token> tokens, int delayMinutes)
    {
        var list = tokens.ToList();
        var seen = list.Where(t => t.Status is TokenStatus.Completed or TokenStatus.NoShow).OrderBy(t => t.UpdatedAt);
        var waiting = QueueOrder.Sort(list.Where(t => TokenStatusRules.IsActive(t.Status)));
        var delay = TimeSpan.FromMinutes(delayMinutes);
        return seen.Concat(waiting).Select((token, index) =>
        {
            var estimate = slot.StartTime + slot.Step * index;
            var emergency = QueueOrder.ClassOf(token.Source, token.Priority) == QueueClass.Emergency;
            if (estimate >= slot.EndTime && !emergency)
                estimate = slot.EndTime - slot.Step;
            return new Placement(token, index + 1, estimate + delay);
        }).ToList();
    }
}
