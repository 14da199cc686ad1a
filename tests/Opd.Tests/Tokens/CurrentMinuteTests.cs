using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>A time written as HH:MM names a whole minute: during that minute it has not passed yet.</summary>
public sealed class CurrentMinuteTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task TheCurrentMinute_IsBookableAtAnySecond()
    {
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8, 0).AddSeconds(45);
        var now = await Anonymous.Book(Api.Booking(Unique.Phone(), "emergency", "2026-11-23", "08:00"));
        Assert.Equal(HttpStatusCode.OK, now.Status);
        var before = await Anonymous.Book(Api.Booking(Unique.Phone(), "emergency", "2026-11-23", "07:59"));
        Assert.Equal(HttpStatusCode.BadRequest, before.Status);
        Assert.Contains("already passed", before.Detail);
    }
}
