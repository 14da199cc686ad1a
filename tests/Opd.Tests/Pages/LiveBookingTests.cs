using System.Diagnostics;
using Microsoft.Playwright;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Pages;

/// <summary>
/// A token booked online for today reaches the hall board and the doctor's console by itself,
/// within a second, with no queue action in between. The clock stands at Monday 2026-11-23 08:00.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveBookingTests(BrowserFixture web, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Today = "2026-11-23";

    [Fact]
    public async Task OnlineBookings_AppearOnTheBoardAndTheConsole_WithinASecond()
    {
        var admin = web.App.Admin();
        var (warm, doctor) = (await admin.NewDoctor(), await admin.NewDoctor());
        foreach (var d in new[] { warm, doctor })
            await admin.NewSlot(d, $"{Today}T14:00:00", $"{Today}T15:00:00", 10);

        var board = await web.Page();
        var boardReady = WatchesAnswered(board, 3);
        await board.GotoAsync($"/board?doctors={warm},{doctor}&departments=dental&lang=en");
        await boardReady.WaitAsync(TimeSpan.FromSeconds(10));

        // The server's first push compiles the code on its path (a server runs for days): it is not timed.
        var warmConsole = await Console(warm);
        var first = await web.App.Anonymous().BookSlot(warm);
        await Shown(board, Next(warm, first.TokenNumber), 10_000);
        await Shown(warmConsole, InWaiting(first.TokenNumber), 10_000);
        var firstDental = await web.App.Anonymous().Book(Api.Booking(Unique.Phone(), "dental", Today, "10:30"));
        await Shown(board, NextOfDepartment("dental", firstDental.TokenNumber), 10_000);

        var console = await Console(doctor);
        var clock = Stopwatch.StartNew();
        var booked = await web.App.Anonymous().BookSlot(doctor);
        Assert.Equal(System.Net.HttpStatusCode.OK, booked.Status);
        await Shown(board, Next(doctor, booked.TokenNumber), 1000);
        var onBoard = clock.Elapsed.TotalMilliseconds;
        await Shown(console, InWaiting(booked.TokenNumber), 1000);
        var onConsole = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var dental = await web.App.Anonymous().Book(Api.Booking(Unique.Phone(), "dental", Today, "10:30"));
        Assert.Equal(System.Net.HttpStatusCode.OK, dental.Status);
        await Shown(board, NextOfDepartment("dental", dental.TokenNumber), 1000);
        var department = clock.Elapsed.TotalMilliseconds;
        output.WriteLine($"Booked online → board {onBoard:F0} ms, console {onConsole:F0} ms; department token → board {department:F0} ms");
        Assert.All(new[] { onBoard, onConsole, department }, ms => Assert.True(ms < 1000, $"{ms} ms"));
    }

    private async Task<IPage> Console(int doctor)
    {
        var page = await web.SignedIn("doctor");
        var ready = WatchesAnswered(page, 1);
        await page.GotoAsync($"/staff/console?doctor={doctor}");
        await ready.WaitAsync(TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>Done when the page's first hub connection has answered this many watch requests, so pushes reach it.</summary>
    private static Task WatchesAnswered(IPage page, int watches)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text?.Contains("\"type\":3") == true && Interlocked.Increment(ref answered) >= watches)
                done.TrySetResult();
        };
        return done.Task;
    }

    private static string Next(int doctor, int number) =>
        $"() => document.querySelector(\"[data-key='doctor:{doctor}'] [data-role=next]\").textContent.split(' ').includes('{number}')";

    private static string NextOfDepartment(string code, int number) =>
        $"() => document.querySelector(\"[data-key='department:{code}'] [data-role=next]\").textContent.split(' ').includes('{number}')";

    private static string InWaiting(int number) =>
        $"() => [...document.querySelectorAll('#waiting tbody tr td:nth-child(2)')].some(td => td.textContent.trim() === '{number}')";

    private static Task Shown(IPage page, string condition, int timeoutMs) =>
        page.WaitForFunctionAsync(condition, null, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 10 });
}
