using Opd.Core.Queue;

namespace Opd.Core.Waitlist;

public static class WaitlistOrder
{
    /// <summary>The waitlist follows the queue's rule: most urgent class first, then first come.</summary>
    public static IOrderedEnumerable<WaitlistEntry> Sort(IEnumerable<WaitlistEntry> entries) =>
        entries.OrderBy(w => QueueOrder.ClassOf(w.Source, w.Priority)).ThenBy(w => w.CreatedAt).ThenBy(w => w.Id);
}
