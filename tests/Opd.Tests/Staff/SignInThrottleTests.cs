using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Staff;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Staff;

/// <summary>A real server on a port, so that each client's source address (127.0.0.x) is the one the server sees.</summary>
public sealed class RealServerFixture(PostgresFixture postgres) : IAsyncLifetime
{
    public OpdApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // The address-wide request limit has tests of its own; here only the per-username throttle answers.
        App = new OpdApp(await postgres.CreateDatabase(), new() { ["RateLimits:SignInsPerAddress"] = "10000" }, realServer: true);
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class SignInThrottleTests(RealServerFixture server) : IClassFixture<RealServerFixture>
{
    private const string Password = "right-password-1234";

    private async Task<string> NewUser()
    {
        var username = $"desk{Guid.NewGuid():N}"[..14];
        var staff = server.App.Services.GetRequiredService<ManageStaff>();
        await staff.CreateUser(username, null, [StaffRole.Reception], CancellationToken.None);
        await staff.SetPassword(username, Password, CancellationToken.None);
        return username;
    }

    private HttpClient From(string address) => StaffLogin.From(server.App.BaseUrl, address);

    [Fact]
    public async Task ParallelWrongPasswords_FromOneAddress_OnlyTheFreeTriesAreChecked_AndTheOwnerSignsInFromAnother()
    {
        var username = await NewUser();
        using var guesser = From("127.0.0.2");
        var antiforgery = await StaffLogin.Antiforgery(guesser);
        var answers = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => StaffLogin.Post(guesser, username, $"guess-number-{i:00}", antiforgery))));

        Assert.Equal(SignInThrottle.FreeAttempts, answers.Count(a => a.Status == HttpStatusCode.OK && a.Body.Contains("not right")));
        Assert.Equal(20 - SignInThrottle.FreeAttempts, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests));
        await using (var db = server.App.Db())
            Assert.Equal(SignInThrottle.FreeAttempts, db.SignInThrottles.Single(t => t.Username == username && t.ClientAddress == "127.0.0.2").Failures);

        // The guesser's address waits, even with the right password; the owner elsewhere does not.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await StaffLogin.Post(guesser, username, Password, antiforgery)).Status);
        using var owner = From("127.0.0.3");
        Assert.True((await StaffLogin.Post(owner, username, Password)).SignedIn);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task AfterTheFreeTries_EachWaitIsLongerThanTheOneBefore()
    {
        var username = await NewUser();
        using var guesser = From("127.0.0.4");
        var antiforgery = await StaffLogin.Antiforgery(guesser);
        for (var i = 0; i < SignInThrottle.FreeAttempts; i++)
            Assert.Equal(HttpStatusCode.OK, (await StaffLogin.Post(guesser, username, "wrong-password", antiforgery)).Status);
        var clock = server.App.Clock;
        var start = clock.Now;
        try
        {
            var waits = new List<int>();
            for (var round = 0; round < 4; round++)
            {
                var refused = await StaffLogin.Post(guesser, username, "wrong-password", antiforgery);
                Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
                waits.Add(int.Parse(refused.RetryAfter!));
                clock.Now = clock.Now.AddSeconds(waits[^1]);
                Assert.Equal(HttpStatusCode.OK, (await StaffLogin.Post(guesser, username, "wrong-password", antiforgery)).Status);
            }
            Assert.Equal([1, 2, 4, 8], waits);
        }
        finally
        {
            clock.Now = start;
        }
    }

    [Fact]
    public async Task UnknownUser_GetsTheSameAnswer_AfterComparableWork()
    {
        var username = await NewUser();
        using var client = From("127.0.0.5");
        var antiforgery = await StaffLogin.Antiforgery(client);
        var known = await StaffLogin.Post(client, username, "wrong-password", antiforgery);
        var unknown = await StaffLogin.Post(client, $"nobody{Guid.NewGuid():N}"[..14], "wrong-password", antiforgery);
        Assert.Equal(known.Status, unknown.Status);
        Assert.Contains("The username or password is not right.", known.Body);
        Assert.Contains("The username or password is not right.", unknown.Body);

        // The password hash dominates either answer; without the dummy hash an unknown name answers many times faster.
        async Task<double> Median(Func<int, string> name)
        {
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                await StaffLogin.Post(client, name(i), $"wrong-{i}", antiforgery);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return times.Order().ElementAt(2);
        }
        var users = new List<string>();
        for (var i = 0; i < 5; i++)
            users.Add(await NewUser());
        var knownTime = await Median(i => users[i]);
        var unknownTime = await Median(i => $"ghost{i}{Guid.NewGuid():N}"[..14]);
        Assert.True(unknownTime > knownTime * 0.4, $"unknown {unknownTime:F0} ms, known {knownTime:F0} ms");
    }
}
