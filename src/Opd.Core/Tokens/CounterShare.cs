using Opd.Core.Common;

namespace Opd.Core.Tokens;

/// <summary>How many of a department-day's places an online booking may take (see <see cref="ClinicOptions.CounterShare"/>).</summary>
public static class CounterShare
{
    /// <summary>The capacity this booking is judged against: all of it for staff and after the release time, less the counter's share before.</summary>
    public static int For(int dailyCapacity, NewToken spec, Actor actor, ClinicClock clock, ClinicOptions options)
    {
        var released = spec.Date < clock.Today || spec.Date == clock.Today && clock.CurrentMinute >= options.CounterReleaseTime;
        if (actor.IsStaff || released || options.CounterShare <= 0)
            return dailyCapacity;
        var kept = (int)Math.Ceiling(dailyCapacity * Math.Min(1, options.CounterShare));
        return dailyCapacity - kept;
    }
}
