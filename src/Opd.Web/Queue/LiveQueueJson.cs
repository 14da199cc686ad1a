using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Web.Queue;

/// <summary>A line for screens in the waiting hall: numbers and times only, never names or phones.</summary>
public sealed record LineJson(
    string Line, string Date, int? DoctorId, string? DoctorName, string Department, string? Room, ServingJson? NowServing,
    IReadOnlyList<WaitingJson> Waiting, int WaitingCount, double? AverageConsultationMinutes, int DelayMinutes)
{
    public const int DefaultShown = 20;

    public static LineJson From(QueueLine line, ClinicClock clock, int shown = DefaultShown) => new(
        line.Key.Id, line.Key.Date.ToString("yyyy-MM-dd"), line.Key.DoctorId, line.Doctor?.Name, line.Doctor?.DepartmentCode ?? line.Key.Department,
        line.Doctor?.Room,
        line.Serving is { } s ? new ServingJson(s.TokenNumber, clock.InClinic(s.CalledAt!.Value), s.Recalls) : null,
        line.Waiting.Take(shown).Select(p => WaitingJson.From(p, clock)).ToList(), line.Waiting.Count,
        line.AverageConsultationMinutes, line.DelayMinutes);
}

public sealed record ServingJson(int TokenNumber, DateTimeOffset CalledAt, int Recalls);

public sealed record WaitingJson(int TokenNumber, int Position, DateTimeOffset Eta, string EtaSource)
{
    public static WaitingJson From(Placed p, ClinicClock clock) =>
        new(p.Token.TokenNumber, p.Position, clock.InClinic(p.Eta), p.Measured ? "measured" : "planned");
}

/// <summary>Where one token stands, for the patient holding its id.</summary>
public sealed record TokenPlaceJson(
    string TokenId, int TokenNumber, string Status, string Department, string? DoctorName, string? Room, string BookingDate,
    bool InRoom, int? Position, DateTimeOffset? Eta, string? EtaSource, int? NowServing, string? Line)
{
    public static TokenPlaceJson From(ReadQueue.Tracking t, ClinicClock clock) => new(
        t.Token.Id.ToString(), t.Token.TokenNumber, TokenText.Status(t.Token.Status), t.Token.DepartmentCode, t.Token.DoctorName,
        t.Line?.Doctor?.Room, t.Token.BookingDate.ToString("yyyy-MM-dd"), t.InRoom, t.Place?.Position,
        t.Place is { } p ? clock.InClinic(p.Eta) : null, t.Place is { } q ? (q.Measured ? "measured" : "planned") : null,
        t.Line?.Serving?.TokenNumber, t.Line?.Key.Id);
}
