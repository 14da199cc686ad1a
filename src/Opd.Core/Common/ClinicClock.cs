using Microsoft.Extensions.Options;

namespace Opd.Core.Common;

public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    /// <summary>IANA time zone of the clinic's calendar and opening hours.</summary>
    public string TimeZone { get; set; } = "Asia/Kolkata";

    /// <summary>How far ahead a token can be booked.</summary>
    public int MaxDaysAhead { get; set; } = 90;

    /// <summary>
    /// The share of each department's daily capacity that online bookings cannot take before
    /// <see cref="CounterReleaseTime"/> on that day: patients who walk in are never turned away
    /// because a script (or a busy evening online) booked every place.
    /// </summary>
    public double CounterShare { get; set; } = 0.2;

    /// <summary>Clinic time on the booking day after which the counter's share is open to everyone.</summary>
    public TimeOnly CounterReleaseTime { get; set; } = new(11, 0);

    /// <summary>Patients waiting for a doctor's freed place; beyond this the waitlist is full.</summary>
    public int MaxWaitlistPerDoctor { get; set; } = 50;

    /// <summary>What the chat assistant says about the hospital (configurable per installation).</summary>
    public string Name { get; set; } = "Community Health Centre, Harichandanpur";

    public string Address { get; set; } = "Harichandanpur, Keonjhar district, Odisha 758028";
    public string Helpline { get; set; } = "104 (Health Helpline, Odisha)";
    public string VisitingHours { get; set; } = "Ward visiting hours 16:00–18:00; one attendant per patient";
    public string Policies { get; set; } = "Bring your token slip or token link and any earlier prescriptions. OPD consultation is free.";
}

/// <summary>The clinic's wall clock: instants come from <see cref="TimeProvider"/>, dates and hours are local.</summary>
public sealed class ClinicClock(TimeProvider time, IOptions<ClinicOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The start of the current minute: a time written as HH:MM during that minute is not yet past.</summary>
    public TimeOnly CurrentMinute
    {
        get
        {
            var now = TimeOnly.FromDateTime(LocalNow);
            return new TimeOnly(now.Hour, now.Minute);
        }
    }

    public int MaxDaysAhead => options.Value.MaxDaysAhead;

    /// <summary>An instant shown in clinic time, for example 2026-01-29T10:00:00+05:30.</summary>
    public DateTimeOffset InClinic(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(InClinic(instant).DateTime);

    /// <summary>Midnight at the start of a clinic date, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly date) => AtClinicTime(date.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();

    public DateTimeOffset AtClinicTime(DateTime local) =>
        new(local, _zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    /// <summary>Reads an ISO 8601 date-time (see <see cref="ClinicDateTime"/>).</summary>
    public DateTimeOffset? ParseInstant(string? text) => ClinicDateTime.TryParse(text, out var written) ? written.In(this) : null;
}
