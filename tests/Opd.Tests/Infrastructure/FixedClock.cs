namespace Opd.Tests.Infrastructure;

/// <summary>A clock the tests set by hand, so dates and opening hours are checked against a known "now".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>A wall-clock time in the clinic (Asia/Kolkata, UTC+05:30).</summary>
    public static DateTimeOffset Clinic(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(5.5));
}
