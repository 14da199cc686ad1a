using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Pages;

/// <summary>The live pages' hub client where WebSockets do not get through, and while the hub cannot be reached.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveFallbackTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private static readonly Regex HubSocket = new("/hubs/queue$");
    private static readonly Regex Negotiate = new("/hubs/queue/negotiate");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Board_FollowsTheCalls_OverLongPolling_WhenWebSocketsAreBlocked(bool refusedByAProxy)
    {
        var admin = web.App.Admin();
        var doctor = await admin.NewDoctor("ENT");
        await admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 10);
        var first = await web.App.Anonymous().BookSlot(doctor);
        var second = await web.App.Anonymous().BookSlot(doctor);

        var board = await web.Page();
        int polls = 0, negotiations = 0, sockets = 0, refused = 0;
        board.Request += (_, r) =>
        {
            if (r.Url.Contains("/hubs/queue?id="))
                Interlocked.Increment(ref polls);
            if (Negotiate.IsMatch(r.Url))
                Interlocked.Increment(ref negotiations);
        };
        board.WebSocket += (_, _) => Interlocked.Increment(ref sockets);
        if (refusedByAProxy)
            await board.RouteWebSocketAsync(HubSocket, ws => { Interlocked.Increment(ref refused); _ = ws.CloseAsync(); });
        else
            await board.AddInitScriptAsync("window.WebSocket = undefined;");
        await board.GotoAsync($"/board?doctors={doctor}&lang=en");

        // The first call after the server started also compiles the code on its path (once seen past 10 s with the whole
        // suite and Chromium on two cores); the second must come as quickly as on a WebSocket.
        foreach (var (token, timeout) in new[] { (first, 20_000), (second, 3000) })
        {
            await admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null);
            await board.WaitForFunctionAsync($"() => document.querySelector(\"[data-key='doctor:{doctor}'] [data-role=serving]\").textContent === '{token.TokenNumber}'",
                null, new PageWaitForFunctionOptions { Timeout = timeout });
        }

        Assert.True(await board.Locator("#status").IsHiddenAsync());
        Assert.True(polls >= 2, $"{polls} polls");
        Assert.Equal(1, negotiations);
        Assert.Equal(0, sockets);
        // A refused WebSocket was tried first, once: the page then stays on long polling.
        Assert.Equal(refusedByAProxy ? 1 : 0, refused);
    }

    [Fact]
    public async Task Board_WaitsLongerAfterEachFailedAttempt_WhileTheHubCannotBeReached()
    {
        var doctor = await web.App.Admin().NewDoctor("ENT");
        var board = await web.Page();
        var clock = Stopwatch.StartNew();
        var attempts = new ConcurrentQueue<TimeSpan>();
        var negotiations = 0;
        await board.RouteWebSocketAsync(HubSocket, ws => { attempts.Enqueue(clock.Elapsed); _ = ws.CloseAsync(); });
        await board.RouteAsync(Negotiate, route => { Interlocked.Increment(ref negotiations); return route.AbortAsync(); });
        await board.GotoAsync($"/board?doctors={doctor}");

        // Three attempts: at once, then after 2–4 s, then after 4–8 s; the wait is bounded by their sum and a margin.
        var waited = Stopwatch.StartNew();
        while (attempts.Count < 3 && waited.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(100);
        var times = attempts.ToArray();
        Assert.True(times.Length >= 3, $"{times.Length} attempts in {waited.Elapsed.TotalSeconds:F1} s");
        var pauses = new[] { (times[1] - times[0]).TotalSeconds, (times[2] - times[1]).TotalSeconds };
        Assert.InRange(pauses[0], 1.8, 4.8);
        Assert.InRange(pauses[1], 3.8, 8.8);
        Assert.True(negotiations >= 2, $"{negotiations} negotiations: each failed WebSocket is followed by long polling");
        Assert.False(await board.Locator("#status").IsHiddenAsync());
    }
}
