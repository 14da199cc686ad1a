namespace Opd.Tests.Infrastructure;

/// <summary>Phones and open days that no other test of the class uses, so tests sharing a database stay independent.</summary>
public static class Unique
{
    private static long _phone = 7_000_000_000 + Random.Shared.Next(0, 900_000_000);
    private static int _day;

    public static string Phone() => Interlocked.Increment(ref _phone).ToString();

    /// <summary>A Monday–Saturday date after the test Monday, different on every call.</summary>
    public static string OpenDay()
    {
        var n = Interlocked.Increment(ref _day);
        var date = OpdApp.Monday;
        while (n > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek != DayOfWeek.Sunday)
                n--;
        }
        return date.ToString("yyyy-MM-dd");
    }
}
