using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Queue;

/// <summary>Every change to one of today's lines tells its screens once, after commit. The clock stands at Monday 2026-11-23 08:00.</summary>
public sealed class LiveEventTests(RecordedApp recorded) : IClassFixture<RecordedApp>
{
    private OpdApp App => recorded.App;
    private LineRecorder Events => recorded.Events;
    private const string Today = "2026-11-23";

    [Fact]
    public async Task DepartmentBookingForToday_RaisesOneEvent_AfterCommit()
    {
        Api.Reply reply = null!;
        var seen = await Events.During(async () => reply = await App.Anonymous().Book(Api.Booking(Unique.Phone(), "dental", Today, "10:30")));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var one = Assert.Single(seen);
        Assert.Equal($"department:dental:{Today}", one.Line);
        Assert.Contains(Guid.Parse(reply.TokenId), one.Tokens);
    }

    [Fact]
    public async Task SlotBookingForToday_RaisesOneEvent_AndAnswersWithTheLinesEstimate()
    {
        var doctor = await App.Admin().NewDoctor();
        await App.Admin().NewSlot(doctor, $"{Today}T09:00:00", $"{Today}T10:00:00", 4);
        await App.Anonymous().BookSlot(doctor);
        Api.Reply reply = null!;
        var seen = await Events.During(async () => reply = await App.Anonymous().BookSlot(doctor));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var one = Assert.Single(seen);
        Assert.Equal($"doctor:{doctor}:{Today}", one.Line);
        Assert.Contains(Guid.Parse(reply.TokenId), one.Tokens);

        // The same place and time on the booking answer, the patient's token page and the doctor-slot queue.
        var place = await App.Anonymous().Get($"/api/queue/tokens/{reply.TokenId}");
        Assert.Equal(2, reply.Body!["position"]!.GetValue<int>());
        Assert.Equal(place.Body!["position"]!.GetValue<int>(), reply.Body!["position"]!.GetValue<int>());
        Assert.Equal("2026-11-23T09:15:00+05:30", reply.Body!["estimated_time"]!.GetValue<string>());
        Assert.Equal(place.Body!["eta"]!.GetValue<string>(), reply.Body!["estimated_time"]!.GetValue<string>());
        var queued = (await App.Admin().Get($"/api/v1/doctors/{doctor}/queue")).Body!["tokens"]!.AsArray()
            .Single(t => t!["token_id"]!.GetValue<string>() == reply.TokenId)!;
        Assert.Equal(reply.Body!["estimated_time"]!.GetValue<string>(), queued["estimated_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task BookingForAnotherDay_IsNotPushed()
    {
        var doctor = await App.Admin().NewDoctor();
        await App.Admin().NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 4);
        var seen = await Events.During(async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().BookSlot(doctor)).Status);
            Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().Book(Api.Booking(Unique.Phone(), "dental", "2026-11-24", "10:30"))).Status);
        });
        Assert.Empty(seen);
    }

    [Fact]
    public async Task Cancellation_RaisesOneEvent_WithoutTheToken()
    {
        var doctor = await App.Admin().NewDoctor();
        await App.Admin().NewSlot(doctor, $"{Today}T11:00:00", $"{Today}T12:00:00", 4);
        var booked = await App.Anonymous().BookSlot(doctor);
        var seen = await Events.During(async () => await App.Anonymous().Delete($"/tokens/{booked.TokenId}"));
        var one = Assert.Single(seen);
        Assert.Equal($"doctor:{doctor}:{Today}", one.Line);
        Assert.DoesNotContain(Guid.Parse(booked.TokenId), one.Tokens);
    }

    [Fact]
    public async Task LeaveToday_TellsTheLineLeftAndTheLineJoined_OnceEach()
    {
        var away = await App.Admin().NewDoctor("Pediatrics", "pediatrics");
        var other = await App.Admin().NewDoctor("Pediatrics", "pediatrics");
        await App.Admin().NewSlot(away, $"{Today}T13:00:00", $"{Today}T14:00:00", 4);
        await App.Admin().NewSlot(other, $"{Today}T13:00:00", $"{Today}T14:00:00", 4);
        var tokens = new[] { await App.Anonymous().BookSlot(away), await App.Anonymous().BookSlot(away) };
        var closures = App.Services.GetRequiredService<ManageClosures>();
        var seen = await Events.During(async () =>
            Assert.Equal(2, (await closures.Close(away, OpdApp.Monday, OpdApp.Monday, "Doctor on leave", Actor.System, CancellationToken.None)).Value!.Moved));
        Assert.Equal([$"doctor:{away}:{Today}", $"doctor:{other}:{Today}"], seen.Select(s => s.Line).Order());
        Assert.All(tokens, t => Assert.Contains(Guid.Parse(t.TokenId), seen.Single(s => s.Line.StartsWith($"doctor:{other}:")).Tokens));
    }

    [Fact]
    public async Task ClosingSessions_TellsEachLineOnce_ForAllItsMissedPatients()
    {
        var doctor = await App.Admin().NewDoctor();
        await App.Admin().NewSlot(doctor, $"{Today}T07:30:00", $"{Today}T08:30:00", 5);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().BookSlot(doctor)).Status);
        var start = App.Clock.Now;
        try
        {
            App.Clock.Now = start.AddHours(2);
            var close = App.Services.GetRequiredService<CloseSessions>();
            var missed = 0;
            var seen = await Events.During(async () => missed = await close.Handle(30, CancellationToken.None));
            Assert.True(missed >= 3, $"{missed} missed");
            var mine = Assert.Single(seen, s => s.Line == $"doctor:{doctor}:{Today}");
            Assert.Empty(mine.Tokens);
            Assert.Equal(seen.Count, seen.Select(s => s.Line).Distinct().Count());
        }
        finally
        {
            App.Clock.Now = start;
        }
    }
}
