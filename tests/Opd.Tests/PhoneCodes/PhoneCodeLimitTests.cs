using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.PhoneCodes;

/// <summary>The per-address limits of sending and checking codes, on a real server reached from distinct loopback addresses.</summary>
public sealed class PhoneCodeLimitTests(PostgresFixture postgres) : IAsyncLifetime
{
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(), new()
        {
            ["RateLimits:CodesPerAddress"] = "3",
            ["RateLimits:CodeChecksPerAddress"] = "3",
        }, realServer: true);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OneAddress_IsHeldToItsCodeSends_WhileOthersAndStaffGoOn()
    {
        using var crowd = Loopback.From("127.0.0.21", _app.BaseUrl);
        var replies = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => crowd.SendCode(Unique.Phone())));
        Assert.Equal(3, replies.Count(r => r.Status == HttpStatusCode.Accepted));
        var refused = replies.Where(r => r.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.ContentType));

        using var raw = await crowd.PostAsync("/api/v1/phone-codes",
            new StringContent($"{{\"phone\": \"{Unique.Phone()}\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");

        using var neighbour = Loopback.From("127.0.0.22", _app.BaseUrl);
        Assert.Equal(HttpStatusCode.Accepted, (await neighbour.SendCode(Unique.Phone())).Status);
        using var desk = Loopback.From("127.0.0.21", _app.BaseUrl, OpdApp.AdminKey);
        Assert.Equal(HttpStatusCode.Accepted, (await desk.SendCode(Unique.Phone())).Status);
    }

    [Fact]
    public async Task OneAddress_IsHeldToItsCodeChecks()
    {
        using var guesser = Loopback.From("127.0.0.23", _app.BaseUrl);
        var phone = Unique.Phone();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await guesser.Verify(phone, "123456")).Status);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        using var other = Loopback.From("127.0.0.24", _app.BaseUrl);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Verify(phone, "123456")).Status);
    }
}
