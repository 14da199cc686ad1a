using System.Globalization;
using System.Net;
using Opd.Core.Common;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>No online actor can take the places kept for patients at the counter, nor fill a waitlist without end.</summary>
public sealed class CounterShareTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly ClinicOptions Defaults = new();
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(), new()
        {
            ["Clinic:CounterShare"] = Defaults.CounterShare.ToString(CultureInfo.InvariantCulture),
            ["Clinic:MaxWaitlistPerDoctor"] = "2",
        });
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task OnlineBookings_LeaveTheCountersShare_StaffTakeIt()
    {
        await _app.Sql("UPDATE departments SET daily_capacity = 10 WHERE code = 'dermatology'");
        var day = _app.OpenDay();
        var online = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            _app.Anonymous().Book(Api.Booking(Unique.Phone(), "dermatology", day, "10:00"))));
        var kept = (int)Math.Ceiling(10 * Defaults.CounterShare);
        Assert.Equal(10 - kept, online.Count(r => r.Status == HttpStatusCode.OK));
        Assert.All(online.Where(r => r.Status != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Contains("kept for patients at the counter", r.Detail);
        });
        for (var i = 0; i < kept; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Admin().Book(Api.Booking(Unique.Phone(), "dermatology", day, "10:00").With("source", "walk_in"))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _app.Admin().Book(Api.Booking(Unique.Phone(), "dermatology", day, "10:00"))).Status);
    }

    [Fact]
    public async Task OnTheDay_TheCountersShare_OpensToEveryoneAtTheReleaseTime()
    {
        await _app.Sql("UPDATE departments SET daily_capacity = 5 WHERE code = 'psychiatry'");
        var release = Defaults.CounterReleaseTime;
        _app.Clock.Now = FixedClock.Clinic(2026, 11, 23, release.Hour - 1);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-23", "16:00"))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _app.Anonymous().Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-23", "16:00"))).Status);
        _app.Clock.Now = FixedClock.Clinic(2026, 11, 23, release.Hour, release.Minute);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().Book(Api.Booking(Unique.Phone(), "psychiatry", "2026-11-23", "16:00"))).Status);
    }

    [Fact]
    public async Task AWaitlist_HoldsAtMostItsLimit()
    {
        var admin = _app.Admin();
        var doctor = await admin.NewDoctor();
        await admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().BookSlot(doctor)).Status);
        var waits = new List<Api.Reply>();
        for (var i = 0; i < 3; i++)
            waits.Add(await _app.Anonymous().Send(HttpMethod.Post, "/api/v1/book",
                $$"""{"doctor_id": {{doctor}}, "patient_name": "Waiter {{i}}", "patient_phone": "{{Unique.Phone()}}", "waitlist": true}"""));
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Conflict], waits.Select(w => w.Status));
        Assert.Contains("waitlist is full", waits[^1].Detail);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
