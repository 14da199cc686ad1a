using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Reports;

/// <summary>
/// The OPD's figures for a date range (one day for the daily report), optionally for one
/// department or doctor. Rates, as documented in the API:
/// completion = completed ÷ (booked − cancelled); cancellation = cancelled ÷ booked;
/// no-show = no-shows ÷ (booked − cancelled); walk-in share = walk-in tokens ÷ booked;
/// wait = from arrival (booking time, or the slot's start if later) to being called in (or, for a
/// patient never called through the queue, to being marked completed), for completed tokens;
/// consultations per doctor-hour = completed doctor tokens ÷ hours of the doctors' open slots.
/// </summary>
public sealed class OpdReport(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    public sealed record Query(DateOnly? From, DateOnly? To, string? Department = null, int? DoctorId = null);

    public sealed record Rates(double? Completion, double? Cancellation, double? NoShow, double? WalkInShare, double? OnlineShare);

    public sealed record Waits(int Count, double? AverageMinutes, double? P50Minutes, double? P90Minutes);

    public sealed record DoctorHours(int Consultations, double Hours, double? PerHour);

    /// <summary>One department's day (or range) at a glance: for the dashboard.</summary>
    public sealed record DepartmentFigures(int Booked, int Waiting, int Served, double? NoShowRate, double? AverageWaitMinutes, double? P90WaitMinutes);

    public sealed record DayFigures(DateOnly Date, int Booked, int Completed, int NoShow, int Cancelled);

    public sealed record Report(
        DateOnly From, DateOnly To, int Booked, Rates Rates, Waits Waits, DoctorHours Consultations, IReadOnlyDictionary<string, DoctorHours> ConsultationsByDoctor,
        IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByDepartment, IReadOnlyDictionary<string, int> ByDoctor,
        IReadOnlyDictionary<string, int> ByPriority, IReadOnlyDictionary<string, int> BySource,
        IReadOnlyDictionary<int, int> ArrivalsByHour, IReadOnlyDictionary<DateOnly, int> ByDay,
        IReadOnlyDictionary<string, DepartmentFigures> Departments, IReadOnlyList<DayFigures> Trend);

    public const int MaxDays = 366;

    public async Task<Result<Report>> Handle(Query q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (q.From is null)
            errors.Add("date_from", "Give the first date, for example 2026-11-01.");
        if (q.To is null)
            errors.Add("date_to", "Give the last date, for example 2026-11-30.");
        else if (q.From is not null && (q.To < q.From || q.To.Value.DayNumber - q.From.Value.DayNumber >= MaxDays))
            errors.Add("date_to", $"The last date must be on or after the first, and the range at most {MaxDays} days.");
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (from, to) = (q.From!.Value, q.To!.Value);
        var tokens = db.Tokens.AsNoTracking().Where(t => t.BookingDate >= from && t.BookingDate <= to);
        if (!string.IsNullOrWhiteSpace(q.Department))
            tokens = tokens.Where(t => t.DepartmentCode == q.Department.Trim().ToLower());
        if (q.DoctorId is { } doctor)
            tokens = tokens.Where(t => t.DoctorId == doctor);
        var rows = await tokens.Select(t => new Row(t.Status, t.Priority, t.Source, t.DepartmentCode, t.DoctorName, t.BookingDate, t.CreatedAt,
                t.SlotId == null ? (DateTimeOffset?)null : db.Slots.Where(s => s.Id == t.SlotId).Select(s => s.StartTime).First(),
                t.CalledAt ?? t.Events.Where(e => e.To == TokenStatus.Completed).Select(e => (DateTimeOffset?)e.At).FirstOrDefault()))
            .ToListAsync(ct);

        var slots = db.Slots.AsNoTracking().Where(s => !s.IsClosed && s.StartTime >= clock.StartOf(from) && s.StartTime < clock.StartOf(to.AddDays(1)));
        if (q.DoctorId is { } only)
            slots = slots.Where(s => s.DoctorId == only);
        var sessions = await slots.Join(db.Doctors, s => s.DoctorId, d => d.Id, (s, d) => new { d.Name, d.DepartmentCode, s.StartTime, s.EndTime })
            .Where(x => string.IsNullOrWhiteSpace(q.Department) || x.DepartmentCode == q.Department.Trim().ToLower())
            .ToListAsync(ct);
        var hours = sessions.GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.Sum(x => (x.EndTime - x.StartTime).TotalHours));
        return Summarise(from, to, rows, hours);
    }

    private sealed record Row(TokenStatus Status, TokenPriority Priority, TokenSource Source, string Department, string? Doctor,
        DateOnly Date, DateTimeOffset CreatedAt, DateTimeOffset? SlotStart, DateTimeOffset? SeenAt);

    private Report Summarise(DateOnly from, DateOnly to, IReadOnlyList<Row> rows, IReadOnlyDictionary<string, double> doctorHours)
    {
        int Count(Func<Row, bool> where) => rows.Count(where);
        var booked = rows.Count;
        var cancelled = Count(r => r.Status == TokenStatus.Cancelled);
        var held = booked - cancelled;
        var rates = new Rates(
            Ratio(Count(r => r.Status == TokenStatus.Completed), held),
            Ratio(cancelled, booked),
            Ratio(Count(r => r.Status == TokenStatus.NoShow), held),
            Ratio(Count(r => r.Source == TokenSource.WalkIn), booked),
            Ratio(Count(r => r.Source == TokenSource.Online), booked));

        var waits = WaitsOf(rows);
        var days = rows.ToLookup(r => r.Date);

        var consultations = rows.Where(r => r.Status == TokenStatus.Completed && r.Doctor is not null && r.SlotStart is not null)
            .GroupBy(r => r.Doctor!).ToDictionary(g => g.Key, g => g.Count());
        var byDoctor = doctorHours.Keys.Union(consultations.Keys).Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => PerHour(consultations.GetValueOrDefault(name), doctorHours.GetValueOrDefault(name)));

        return new Report(from, to, booked, rates,
            new Waits(waits.Count, waits.Count == 0 ? null : Math.Round(waits.Average(), 1), Percentile(waits, 0.5), Percentile(waits, 0.9)),
            PerHour(consultations.Values.Sum(), doctorHours.Values.Sum()), byDoctor,
            Group(rows, r => TokenText.Status(r.Status)), Group(rows, r => r.Department), Group(rows, r => r.Doctor ?? "(none)"),
            Group(rows, r => TokenText.Priority(r.Priority)), Group(rows, r => TokenText.Source(r.Source)),
            rows.GroupBy(r => clock.InClinic(r.CreatedAt).Hour).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            days.OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            rows.GroupBy(r => r.Department).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Figures(g.ToList())),
            Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Select(day =>
            {
                var of = days[day];
                return new DayFigures(day, of.Count(), of.Count(r => r.Status == TokenStatus.Completed), of.Count(r => r.Status == TokenStatus.NoShow),
                    of.Count(r => r.Status == TokenStatus.Cancelled));
            }).ToList());
    }

    private static DepartmentFigures Figures(IReadOnlyList<Row> rows)
    {
        var waits = WaitsOf(rows);
        var held = rows.Count(r => r.Status != TokenStatus.Cancelled);
        return new DepartmentFigures(rows.Count, rows.Count(r => TokenStatusRules.IsActive(r.Status)), rows.Count(r => r.Status == TokenStatus.Completed),
            Ratio(rows.Count(r => r.Status == TokenStatus.NoShow), held),
            waits.Count == 0 ? null : Math.Round(waits.Average(), 1), Percentile(waits, 0.9));
    }

    /// <summary>Minutes from arrival (booking, or the slot's start if later) to being seen, of the completed tokens, sorted.</summary>
    private static List<double> WaitsOf(IEnumerable<Row> rows) => rows.Where(r => r.Status == TokenStatus.Completed && r.SeenAt is not null)
        .Select(r => (r.SeenAt!.Value - (r.SlotStart > r.CreatedAt ? r.SlotStart.Value : r.CreatedAt)).TotalMinutes)
        .Select(m => Math.Max(0, m)).Order().ToList();

    private static Dictionary<string, int> Group(IEnumerable<Row> rows, Func<Row, string> key) =>
        rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    private static DoctorHours PerHour(int consultations, double hours) =>
        new(consultations, Math.Round(hours, 2), hours == 0 ? null : Math.Round(consultations / hours, 2));

    private static double? Ratio(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    /// <summary>Nearest-rank percentile of sorted minutes.</summary>
    private static double? Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);
}
