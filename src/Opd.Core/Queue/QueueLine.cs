using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Doctors;
using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>A waiting patient's place and expected call time.</summary>
public sealed record Placed(Token Token, int Position, DateTimeOffset Eta, bool Measured);

/// <summary>
/// A line as it stands: who is in the room, everyone waiting in queue order, and when each can
/// expect to be called (<see cref="QueueEstimate"/>, from the moving average of the day's real
/// consultations in this line, called → completed, once enough are measured).
/// </summary>
public sealed class QueueLine
{
    public required LineKey Key { get; init; }
    public Doctor? Doctor { get; init; }
    public Token? Serving { get; init; }
    public required IReadOnlyList<Placed> Waiting { get; init; }
    public double? AverageConsultationMinutes { get; init; }
    public int DelayMinutes { get; init; }

    /// <summary>Session start of each waiting token, for ordering within the day.</summary>
    public required Func<Token, DateTimeOffset> SessionOf { get; init; }

    public Placed? Find(Guid tokenId) => Waiting.FirstOrDefault(p => p.Token.Id == tokenId);

    /// <summary>Loads the line; with <paramref name="tracked"/> its tokens can be changed and saved.</summary>
    internal static async Task<QueueLine> Load(OpdDbContext db, LineKey key, ClinicClock clock, QueueOptions options, bool tracked, CancellationToken ct)
    {
        var members = await (tracked ? Locked(db, key) : Members(db, key).AsNoTracking()).ToListAsync(ct);
        var slotIds = members.Where(t => t.SlotId is not null).Select(t => t.SlotId!.Value).Distinct().ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var doctor = key.DoctorId is { } id ? await db.Doctors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
        var delay = doctor?.DelayOn(key.Date) ?? 0;

        Session SessionOf(Token t) => t.SlotId is { } s && slots.TryGetValue(s, out var slot)
            ? Session.Of(slot)
            : new Session(clock.AtClinicTime(key.Date.ToDateTime(new TimeOnly(t.BookingTime.Hour, 0))), TimeSpan.FromMinutes(options.DefaultConsultationMinutes), null);

        var measured = members.Where(t => t.Status == TokenStatus.Completed).OrderBy(t => t.UpdatedAt)
            .Select(t => (t.UpdatedAt - t.CalledAt!.Value).TotalMinutes).Where(m => m >= 0).TakeLast(options.AverageOfLast).ToList();
        double? average = measured.Count >= Math.Max(1, options.MinConsultationsForEta) ? Math.Round(measured.Average(), 1) : null;

        var active = members.Where(t => TokenStatusRules.IsActive(t.Status)).ToList();
        var serving = active.Where(t => t.CalledAt is not null).MaxBy(t => t.CalledAt);
        var waiting = QueueOrder.SortDay(active.Where(t => t != serving), t => SessionOf(t).Start);
        var placed = QueueEstimate.Walk(waiting, serving, SessionOf, clock.UtcNow, delay, average);
        return new QueueLine
        {
            Key = key, Doctor = doctor, Serving = serving, Waiting = placed, AverageConsultationMinutes = average,
            DelayMinutes = delay, SessionOf = t => SessionOf(t).Start,
        };
    }

    private static IQueryable<Token> Members(OpdDbContext db, LineKey key) =>
        (key.DoctorId is { } doctorId
            ? db.Tokens.Where(t => t.DoctorId == doctorId && t.BookingDate == key.Date)
            : db.Tokens.Where(t => t.DoctorId == null && t.DepartmentCode == key.Department && t.BookingDate == key.Date))
        .Where(t => t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed || t.Status == TokenStatus.Completed && t.CalledAt != null);

    /// <summary>The same tokens with their rows locked, so a cancellation at the same moment waits for the desk's action.</summary>
    private static IQueryable<Token> Locked(OpdDbContext db, LineKey key) => key.DoctorId is { } doctorId
        ? db.Tokens.FromSqlRaw(LockDoctorLine, doctorId, key.Date)
        : db.Tokens.FromSqlRaw(LockDepartmentLine, key.Department, key.Date);

    private const string Membership = $"(status IN {StatusSql.Active} OR status = {StatusSql.Completed} AND called_at IS NOT NULL)";

    private const string LockDoctorLine = $"SELECT * FROM tokens WHERE doctor_id = {{0}} AND booking_date = {{1}} AND {Membership} FOR UPDATE";

    private const string LockDepartmentLine =
        $"SELECT * FROM tokens WHERE doctor_id IS NULL AND department_code = {{0}} AND booking_date = {{1}} AND {Membership} FOR UPDATE";
}
