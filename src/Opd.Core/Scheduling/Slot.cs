namespace Opd.Core.Scheduling;

/// <summary>
/// A stretch of a doctor's time with a number of tokens. The counters are changed only by single
/// conditional UPDATE statements, so that capacity is decided by the database row lock.
/// </summary>
public sealed class Slot
{
    public const int MaxCapacity = 500;

    public int Id { get; init; }
    public int DoctorId { get; init; }
    public DateTimeOffset StartTime { get; init; }
    public DateTimeOffset EndTime { get; init; }
    public int Capacity { get; init; }

    /// <summary>The weekly schedule the slot was generated from, if any.</summary>
    public int? ScheduleId { get; init; }

    /// <summary>Highest token number issued in this slot; numbers are never reused.</summary>
    public int LastTokenNumber { get; init; }

    /// <summary>Tokens that hold a place (all but cancelled). Above capacity only through emergencies.</summary>
    public int BookedCount { get; init; }

    /// <summary>
    /// Places kept for walk-ins (the quota) until <see cref="WalkInReleaseMinutes"/> before the
    /// start, when whatever is left is released to every source. 0 = no quota.
    /// </summary>
    public int WalkInReserved { get; init; }

    public int WalkInReleaseMinutes { get; init; }

    /// <summary>Walk-in tokens holding a place, to know how much of the quota is used.</summary>
    public int WalkInCount { get; init; }

    /// <summary>Patients of this slot already seen (served or missed): they keep the first positions.</summary>
    public int SeenCount { get; init; }

    /// <summary>
    /// Waiting patients per queue class (index = <see cref="Queue.QueueClass"/>), kept with every
    /// change so a new booking learns its position from the slot row alone.
    /// </summary>
    public int[] WaitingByClass { get; init; } = new int[Queue.QueueOrder.ClassCount];

    public bool IsClosed { get; init; }
    public string? ClosedReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool IsOverbooked => BookedCount > Capacity;

    public TimeSpan Length => EndTime - StartTime;

    /// <summary>
    /// Places left for a walk-in or for any other booking at <paramref name="now"/>, the way
    /// <see cref="SlotRoom.Condition"/> counts them. For showing choices only: the booking statement decides.
    /// </summary>
    public int RoomFor(bool walkIn, DateTimeOffset now)
    {
        var held = walkIn || WalkInReserved == 0 || now >= StartTime - TimeSpan.FromMinutes(WalkInReleaseMinutes)
            ? 0 : Math.Max(0, WalkInReserved - WalkInCount);
        return Math.Max(0, Capacity - BookedCount - held);
    }

    /// <summary>The time one token is planned to take: slot length ÷ capacity.</summary>
    public TimeSpan Step => Length / Capacity;
}
