namespace Opd.Tests.Messages;

/// <summary>Waits for something the dispatcher does in the background, with a bound.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, string what, double seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var value = await read();
        while (!done(value))
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out after {seconds} s waiting for {what}; last seen: {value}");
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
