using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Web.Queue;

/// <summary>The status words of the doctor-slot API: BOOKED (pending or confirmed), SERVED, CANCELLED, NO_SHOW.</summary>
public static class SlotStatus
{
    public static string Of(TokenStatus status) => status switch
    {
        TokenStatus.Pending or TokenStatus.Confirmed => "BOOKED",
        TokenStatus.Completed => "SERVED",
        TokenStatus.Cancelled => "CANCELLED",
        _ => "NO_SHOW",
    };

    public static string Source(TokenSource source) => TokenText.Source(source).ToUpperInvariant();
}

public sealed record WaitlistedJson(bool Waitlisted, long WaitlistId, int DoctorId, int Position, string Message);

public sealed record SlotBookingJson(
    long AppointmentId, int TokenNumber, int SlotId, DateTimeOffset EstimatedTime,
    string TokenId, int DoctorId, string Source, string Status, int Position, bool Overbooked)
{
    public static SlotBookingJson From(BookSlotToken.Booked b, ClinicClock clock) => new(
        b.Token.AppointmentId, b.Token.TokenNumber, b.Slot.Id, clock.InClinic(b.Place.Eta),
        b.Token.Id.ToString(), b.Slot.DoctorId, SlotStatus.Source(b.Token.Source), SlotStatus.Of(b.Token.Status),
        b.Place.Position, b.Slot.IsOverbooked);
}

public sealed record QueueTokenJson(
    long AppointmentId, string PatientName, string PatientPhone, int TokenNumber, DateTimeOffset CreatedAt,
    string TokenId, string Source, string Status, int Position, DateTimeOffset EstimatedTime);

/// <summary>
/// The doctor's current or next slot with its booked patients: the one in the room first (position
/// 0, estimated at the time they were called), then the waiting in queue order, with the position
/// and expected time of the day's line (the same as on the board and the token page).
/// </summary>
public sealed record QueueJson(
    int DoctorId, int? SlotId, DateTimeOffset? SlotStartTime, DateTimeOffset? SlotEndTime, int? Capacity, int Booked,
    int? NextTokenNumber, List<QueueTokenJson> Tokens, int DelayMinutes, bool Overbooked)
{
    public static QueueJson From(SlotQueue.View v, ClinicClock clock) => new(
        v.Doctor.Id, v.Slot?.Id, v.Slot is null ? null : clock.InClinic(v.Slot.StartTime), v.Slot is null ? null : clock.InClinic(v.Slot.EndTime),
        v.Slot?.Capacity, v.Slot?.BookedCount ?? 0, v.Slot is null ? null : v.Slot.LastTokenNumber + 1,
        (v.Serving is { } s ? [Of(s, 0, s.CalledAt!.Value, clock)] : new List<QueueTokenJson>())
            .Concat(v.Waiting.Select(p => Of(p.Token, p.Position, p.Eta, clock))).ToList(),
        v.DelayMinutes, v.Slot?.IsOverbooked ?? false);

    private static QueueTokenJson Of(Token t, int position, DateTimeOffset eta, ClinicClock clock) => new(t.AppointmentId, t.PatientName,
        t.PatientPhone, t.TokenNumber, t.CreatedAt, t.Id.ToString(), SlotStatus.Source(t.Source), SlotStatus.Of(t.Status), position, clock.InClinic(eta));
}

public sealed record AppointmentJson(
    long Id, int? DoctorId, int? PatientId, int? SlotId, string Status, DateTimeOffset CreatedAt, string TokenId, int TokenNumber)
{
    public static AppointmentJson From(Token t) =>
        new(t.AppointmentId, t.DoctorId, t.PatientId, t.SlotId, SlotStatus.Of(t.Status), t.CreatedAt, t.Id.ToString(), t.TokenNumber);
}
