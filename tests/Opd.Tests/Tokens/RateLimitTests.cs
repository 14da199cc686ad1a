using System.Globalization;
using System.Net;
using Opd.Tests.Infrastructure;
using Opd.Web.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>The shipped limits, with real parallel requests from distinct loopback addresses.</summary>
public sealed class RateLimitTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly RateLimitOptions Defaults = new();
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(), new()
        {
            ["RateLimits:BookingsPerAddress"] = Defaults.BookingsPerAddress.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:BookingsPerPhonePerHour"] = Defaults.BookingsPerPhonePerHour.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:ChatsPerAddress"] = "3",
        }, realServer: true);
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task OneAddress_IsHeldToItsBookingLimit_WhileOthersAndStaffBookOn()
    {
        using var crowd = Loopback.From("127.0.0.2", _app.BaseUrl);
        var replies = await Task.WhenAll(Enumerable.Range(0, Defaults.BookingsPerAddress + 5)
            .Select(_ => crowd.Book(Api.Booking(Unique.Phone(), "general_medicine", "2026-11-25", "10:00"))));
        Assert.Equal(Defaults.BookingsPerAddress, replies.Count(r => r.Status == HttpStatusCode.OK));
        var refused = replies.Where(r => r.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(5, refused.Count);
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.ContentType));

        using var raw = await crowd.PostAsync("/tokens/book", new StringContent(Api.Booking(Unique.Phone(), date: "2026-11-25").ToJsonString(),
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");

        using var neighbour = Loopback.From("127.0.0.3", _app.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await neighbour.Book(Api.Booking(Unique.Phone(), date: "2026-11-25"))).Status);
        using var desk = Loopback.From("127.0.0.2", _app.BaseUrl, OpdApp.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await desk.Book(Api.Booking(Unique.Phone(), date: "2026-11-25"))).Status);
    }

    [Fact]
    public async Task OnePhone_IsHeldToItsBookingsPerHour()
    {
        using var client = Loopback.From("127.0.0.4", _app.BaseUrl);
        var phone = Unique.Phone();
        var days = Enumerable.Range(0, Defaults.BookingsPerPhonePerHour + 1).Select(i => _app.OpenDay()).ToList();
        var replies = new List<Api.Reply>();
        foreach (var day in days)
            replies.Add(await client.Book(Api.Booking(phone, date: day)));
        Assert.All(replies.SkipLast(1), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, replies[^1].Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Book(Api.Booking(Unique.Phone(), date: days[^1]))).Status);
    }

    [Fact]
    public async Task Chat_IsLimitedPerAddress()
    {
        using var client = Loopback.From("127.0.0.5", _app.BaseUrl);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.Send(HttpMethod.Post, "/chat", "{\"message\": \"hello\"}")).Status);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
