using Microsoft.Extensions.Options;

namespace Opd.Core.Common;

public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    /// <summary>IANA time zone of the clinic's calendar and opening hours.</summary>
    public string TimeZone { get; set; } = "Asia/Kolkata";

    /// <summary>How far ahead a token can be booked.</summary>
    public int MaxDaysAhead { get; set; } = 90;
}

/// <summary>The clinic's wall clock: instants come from <see cref="TimeProvider"/>, dates and hours are local.</summary>
public sealed class ClinicClock(TimeProvider time, IOptions<ClinicOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public int MaxDaysAhead => options.Value.MaxDaysAhead;
}
