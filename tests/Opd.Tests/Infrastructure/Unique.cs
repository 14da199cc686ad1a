namespace Opd.Tests.Infrastructure;

/// <summary>Phone numbers that no other test uses, so tests sharing a database stay independent.</summary>
public static class Unique
{
    private static long _phone = 7_000_000_000 + Random.Shared.Next(0, 900_000_000);

    public static string Phone() => Interlocked.Increment(ref _phone).ToString();
}
