using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Simulation;

/// <summary>
/// What happened per doctor and slot, and the invariants that must hold whatever happened:
/// capacity, unique numbers, and service in queue order.
/// </summary>
public sealed class DayReport(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clinic)
{
    public sealed record Outcome(IReadOnlyList<string> Lines, IReadOnlyList<string> Violations);

    public async Task<Outcome> Build(IReadOnlyList<int> doctorIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var doctors = await db.Doctors.AsNoTracking().Where(d => doctorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var slots = await db.Slots.AsNoTracking().Where(s => doctorIds.Contains(s.DoctorId)).OrderBy(s => s.DoctorId).ThenBy(s => s.StartTime).ToListAsync(ct);
        var slotIds = slots.Select(s => s.Id).ToList();
        var tokens = await db.Tokens.AsNoTracking().Include(t => t.Events)
            .Where(t => t.SlotId != null && slotIds.Contains(t.SlotId.Value)).ToListAsync(ct);

        var lines = new List<string> { "doctor\tslot\tissued\tserved\tno-show\tcancelled\twaiting\toverbooked\tlongest wait" };
        var violations = new List<string>();
        foreach (var slot in slots)
        {
            var mine = tokens.Where(t => t.SlotId == slot.Id).ToList();
            var served = mine.Where(t => t.Status == TokenStatus.Completed).ToList();
            var holding = mine.Count(t => t.Status is TokenStatus.Pending or TokenStatus.Confirmed or TokenStatus.Completed);
            var emergencies = mine.Count(t => t.Source == TokenSource.Emergency && t.Status != TokenStatus.Cancelled);
            var longest = served.Select(t => ServedAt(t) - Max(t.CreatedAt, slot.StartTime)).DefaultIfEmpty(TimeSpan.Zero).Max();
            lines.Add($"{doctors[slot.DoctorId].Name}\t{clinic.InClinic(slot.StartTime):HH:mm}\t{slot.LastTokenNumber}\t{served.Count}\t" +
                $"{mine.Count(t => t.Status == TokenStatus.NoShow)}\t{mine.Count(t => t.Status == TokenStatus.Cancelled)}\t" +
                $"{mine.Count(t => TokenStatusRules.IsActive(t.Status))}\t{(holding > slot.Capacity ? "yes" : "no")}\t{longest.TotalMinutes:0} min");

            if (holding != slot.BookedCount)
                violations.Add($"slot {slot.Id}: {holding} tokens hold a place but the slot counts {slot.BookedCount}");
            if (holding > slot.Capacity + emergencies)
                violations.Add($"slot {slot.Id}: {holding} places taken of {slot.Capacity} with only {emergencies} emergencies");
            var waiting = Enum.GetValues<QueueClass>().Select(c => mine.Count(t => TokenStatusRules.IsActive(t.Status)
                && QueueOrder.ClassOf(t.Source, t.Priority) == c)).ToArray();
            if (!waiting.SequenceEqual(slot.WaitingByClass) || slot.SeenCount != mine.Count(t => t.Status is TokenStatus.Completed or TokenStatus.NoShow))
                violations.Add($"slot {slot.Id}: the waiting and seen counters do not match its tokens");
            var numbers = mine.Select(t => t.TokenNumber).ToList();
            if (numbers.Distinct().Count() != numbers.Count || numbers.Any(n => n < 1 || n > slot.LastTokenNumber))
                violations.Add($"slot {slot.Id}: token numbers are not unique within 1..{slot.LastTokenNumber}");
            violations.AddRange(OutOfOrder(slot.Id, mine));
        }
        return new Outcome(lines, violations);
    }

    /// <summary>Whenever a patient was served, nobody more urgent (or same class, earlier) who was already waiting may have been skipped.</summary>
    private static IEnumerable<string> OutOfOrder(int slotId, IReadOnlyList<Token> tokens)
    {
        var called = tokens.Where(t => t.Status is TokenStatus.Completed or TokenStatus.NoShow).ToList();
        foreach (var token in called)
        {
            var at = ServedAt(token);
            var skipped = tokens.Where(other => other.Id != token.Id && other.CreatedAt < at && StillWaitingAt(other, at)
                && QueueOrder.Sort([token, other]).First() == other);
            foreach (var other in skipped)
                yield return $"slot {slotId}: token {token.TokenNumber} was called while token {other.TokenNumber} was ahead of it";
        }
    }

    private static bool StillWaitingAt(Token token, DateTimeOffset at) =>
        token.History().Where(e => e.At <= at).Last().To is TokenStatus.Pending or TokenStatus.Confirmed;

    private static DateTimeOffset ServedAt(Token token) =>
        token.Events.Where(e => e.To is TokenStatus.Completed or TokenStatus.NoShow).Select(e => e.At).DefaultIfEmpty(token.UpdatedAt).Max();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
