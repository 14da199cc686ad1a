using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Queue;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Queue;

/// <summary>The desk's actions on today's lines. The clock starts at Monday 2026-11-23 08:00; each test has its own doctor.</summary>
public sealed class LiveQueueTests(OpdApp app) : ApiTest(app), IDisposable
{
    public void Dispose() => App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);

    private static readonly JsonObject NoBody = [];

    private async Task<(int Doctor, List<Api.Reply> Tokens)> Line(int patients, string start = "09:00", string end = "10:00", int capacity = 10)
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, $"2026-11-23T{start}:00", $"2026-11-23T{end}:00", capacity);
        var tokens = new List<Api.Reply>();
        for (var i = 0; i < patients; i++)
        {
            App.Clock.Now = App.Clock.Now.AddSeconds(1);
            tokens.Add(await Anonymous.BookSlot(doctor));
        }
        return (doctor, tokens);
    }

    private Task<Api.Reply> Act(int doctor, string action, JsonObject? body = null) =>
        Admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/{action}", body?.ToJsonString());

    private static int? Serving(Api.Reply line) => line.Body!["now_serving"]?["token_number"]?.GetValue<int>();

    private static int[] Waiting(Api.Reply line) => line.Body!["waiting"]!.AsArray().Select(w => w!["token_number"]!.GetValue<int>()).ToArray();

    private async Task<string> Status(Api.Reply token) => (await Anonymous.Get($"/tokens/{token.TokenId}")).Details!["status"]!.GetValue<string>();

    [Fact]
    public async Task CallNext_CompletesThePatientInTheRoom_AndCallsTheNext()
    {
        var (doctor, t) = await Line(3);
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9);
        var first = await Act(doctor, "call-next");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1, Serving(first));
        Assert.Equal([2, 3], Waiting(first));

        var second = await Act(doctor, "call-next");
        Assert.Equal(2, Serving(second));
        Assert.Equal("completed", await Status(t[0]));
        var history = (await Anonymous.Get($"/tokens/{t[1].TokenId}")).Body!["history"]!.AsArray();
        Assert.Contains(history, h => h!["note"]?.GetValue<string>() == "Called to Dr Raj");

        await Act(doctor, "call-next");
        var last = await Act(doctor, "call-next");
        Assert.Null(Serving(last));
        Assert.Empty(Waiting(last));
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "call-next")).Status);
    }

    [Fact]
    public async Task Recall_CountsUp_ThenMarksTheAbsentPatientMissed()
    {
        var (doctor, t) = await Line(2);
        await Act(doctor, "call-next");
        Assert.Equal(1, (await Act(doctor, "recall")).Body!["now_serving"]!["recalls"]!.GetValue<int>());
        Assert.Equal(2, (await Act(doctor, "recall")).Body!["now_serving"]!["recalls"]!.GetValue<int>());
        var third = await Act(doctor, "recall");
        Assert.Null(Serving(third));
        Assert.Equal("no_show", await Status(t[0]));
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "recall")).Status);
    }

    [Fact]
    public async Task Skip_PutsThePatientBehindOthersOfTheirClass_NeverBehindALessUrgentOne()
    {
        var (doctor, _) = await Line(4);
        App.Clock.Now = App.Clock.Now.AddSeconds(1);
        var walkIn = await Admin.BookSlot(doctor, source: "WALK_IN");
        await Act(doctor, "call-next");
        var skipped = await Act(doctor, "skip", new JsonObject { ["after"] = 2 });
        Assert.Null(Serving(skipped));
        Assert.Equal([2, 3, 1, 4, walkIn.TokenNumber], Waiting(skipped));

        // Behind 10 others would pass the walk-in: the patient goes to the end of the online patients instead.
        var token2 = await Admin.Get($"/api/queue/doctors/{doctor}");
        Assert.Equal(2, Waiting(token2)[0]);
        await Act(doctor, "call-next");
        var again = await Act(doctor, "skip", new JsonObject { ["after"] = 10 });
        Assert.Equal([3, 1, 4, 2, walkIn.TokenNumber], Waiting(again));
        Assert.Equal(HttpStatusCode.BadRequest, (await Act(doctor, "skip", new JsonObject { ["after"] = 0 })).Status);
    }

    [Fact]
    public async Task Undo_RestoresTheLastAction_IncludingAMissedPatientsPlace()
    {
        var (doctor, t) = await Line(3);
        await Act(doctor, "call-next");
        await Act(doctor, "call-next");
        var undone = await Act(doctor, "undo");
        Assert.Equal(HttpStatusCode.OK, undone.Status);
        Assert.Equal(1, Serving(undone));
        Assert.Equal([2, 3], Waiting(undone));
        Assert.Equal("pending", await Status(t[0]));

        await Act(doctor, "no-show");
        Assert.Equal("no_show", await Status(t[0]));
        var back = await Act(doctor, "undo");
        Assert.Equal(1, Serving(back));
        Assert.Equal("pending", await Status(t[0]));
        var slots = await Admin.Get($"/api/v1/doctors/{doctor}/slots");
        Assert.True(3 == slots.Body![0]!["booked"]!.GetValue<int>(), slots.Raw);

        // One step only; and an action whose token changed since (here: cancelled) stays.
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "undo")).Status);
        await Act(doctor, "call-next");
        App.Clock.Now = App.Clock.Now.AddSeconds(5);
        await Anonymous.Delete($"/tokens/{t[1].TokenId}");
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "undo")).Status);
        Assert.Equal("cancelled", await Status(t[1]));
    }

    [Fact]
    public async Task Eta_LearnsFromTodaysConsultations_AndFallsBackToThePlan()
    {
        var (doctor, t) = await Line(4);
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9);
        await Act(doctor, "call-next");
        // Planned: 6 minutes each (60 min ÷ 10); patient 1 in the room since 09:00 → 2 at 09:06, 3 at 09:12, 4 at 09:18.
        var planned = await Anonymous.Get($"/api/queue/tokens/{t[3].TokenId}");
        Assert.Equal(3, planned.Body!["position"]!.GetValue<int>());
        Assert.Equal("2026-11-23T09:18:00+05:30", planned.Body!["eta"]!.GetValue<string>());
        Assert.Equal("planned", planned.Body!["eta_source"]!.GetValue<string>());

        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 10);
        await Act(doctor, "call-next");
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 20);
        await Act(doctor, "call-next");
        // Two consultations of 10 minutes: patient 3 called at 09:20 is done about 09:30, when 4 is next.
        var measured = await Anonymous.Get($"/api/queue/tokens/{t[3].TokenId}");
        Assert.Equal(1, measured.Body!["position"]!.GetValue<int>());
        Assert.Equal("2026-11-23T09:30:00+05:30", measured.Body!["eta"]!.GetValue<string>());
        Assert.Equal("measured", measured.Body!["eta_source"]!.GetValue<string>());
        Assert.Equal(3, measured.Body!["now_serving"]!.GetValue<int>());
        var line = await Anonymous.Get($"/api/queue/doctors/{doctor}");
        Assert.Equal(10.0, line.Body!["average_consultation_minutes"]!.GetValue<double>());
        Assert.True((await Anonymous.Get($"/api/queue/tokens/{t[2].TokenId}")).Body!["in_room"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Transfer_MovesAWaitingPatientToAnotherDoctorOrDepartment()
    {
        var (doctor, t) = await Line(2);
        var other = await Admin.NewDoctor("Cardiology");
        await Admin.NewSlot(other, "2026-11-23T11:00:00", "2026-11-23T12:00:00", 5);

        var moved = await Admin.Send(HttpMethod.Post, $"/api/queue/tokens/{t[1].TokenId}/transfer",
            new JsonObject { ["doctor_id"] = other, ["note"] = "Chest pain" }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal("cardiology", moved.Details!["department"]!.GetValue<string>());
        Assert.Equal(1, moved.TokenNumber);
        Assert.Equal(new[] { 1 }, Waiting(await Admin.Get($"/api/queue/doctors/{doctor}")));
        Assert.Equal(new[] { 1 }, Waiting(await Admin.Get($"/api/queue/doctors/{other}")));
        Assert.Equal(1, (await Admin.Get($"/api/v1/doctors/{doctor}/slots")).Body![0]!["booked"]!.GetValue<int>());
        // The remark typed at the transfer is for staff; the holder of the link reads where the patient went.
        Assert.Contains((await Admin.Get($"/tokens/{t[1].TokenId}")).Body!["history"]!.AsArray(),
            h => h!["note"]?.GetValue<string>() == "Transferred to Dr Raj: Chest pain");
        Assert.Contains((await Anonymous.Get($"/tokens/{t[1].TokenId}")).Body!["history"]!.AsArray(),
            h => h!["note"]?.GetValue<string>() == "Transferred to Dr Raj");

        var toDental = await Admin.Send(HttpMethod.Post, $"/api/queue/tokens/{t[0].TokenId}/transfer", new JsonObject { ["department"] = "dental" }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, toDental.Status);
        var dental = await Anonymous.Get("/api/queue/departments/dental");
        Assert.Contains(toDental.TokenNumber, Waiting(dental));
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "undo")).Status);

        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.Send(HttpMethod.Post, $"/api/queue/tokens/{t[0].TokenId}/transfer",
            new JsonObject { ["doctor_id"] = other, ["department"] = "dental" }.ToJsonString())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Send(HttpMethod.Post, $"/api/queue/tokens/{t[0].TokenId}/transfer",
            new JsonObject { ["doctor_id"] = 999999 }.ToJsonString())).Status);
    }

    [Fact]
    public async Task ParallelCallNext_CallsEachPatientOnce()
    {
        var (doctor, t) = await Line(5);
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Act(doctor, "call-next")));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        foreach (var token in t)
        {
            Assert.Equal("completed", await Status(token));
            var calls = (await Anonymous.Get($"/tokens/{token.TokenId}")).Body!["history"]!.AsArray()
                .Count(h => h!["note"]?.GetValue<string>()?.StartsWith("Called to") == true);
            Assert.Equal(1, calls);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await Act(doctor, "call-next")).Status);
    }

    [Fact]
    public async Task EarlierSystemNowServingRoutes_SetAndReadByDoctorName()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.Send(HttpMethod.Patch, $"/api/v1/doctors/{doctor}", new JsonObject { ["name"] = "Dr Mishra Now", ["room"] = "4" }.ToJsonString());
        await Admin.NewSlot(doctor, "2026-11-23T12:00:00", "2026-11-23T13:00:00", 10);
        var a = await Anonymous.BookSlot(doctor);
        var b = await Anonymous.BookSlot(doctor);

        var set = await Admin.Send(HttpMethod.Post, "/tokens/current/set",
            new JsonObject { ["department"] = "general_medicine", ["doctor_name"] = "Dr Mishra Now", ["token_id"] = b.TokenId }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal($"Now serving token {b.TokenNumber}", set.Body!["message"]!.GetValue<string>());

        var current = await Anonymous.Get("/tokens/current/dr%20mishra%20now");
        Assert.Equal(HttpStatusCode.OK, current.Status);
        Assert.Equal(b.TokenNumber, current.Body!["token_number"]!.GetValue<int>());
        Assert.Equal("4", current.Body!["room"]!.GetValue<string>());
        Assert.DoesNotContain("Sanjay", current.Raw);
        Assert.Equal(new[] { a.TokenNumber }, Waiting(await Anonymous.Get($"/api/queue/doctors/{doctor}")));

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get("/tokens/current/Nobody%20Here")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.Send(HttpMethod.Post, "/tokens/current/set",
            new JsonObject { ["department"] = "dental", ["token_id"] = a.TokenId }.ToJsonString())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.Send(HttpMethod.Post, "/tokens/current/set", new JsonObject().ToJsonString())).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, "/tokens/current/set",
            new JsonObject { ["token_id"] = a.TokenId }.ToJsonString())).Status);
    }

    [Fact]
    public async Task PublicLine_ShowsNumbersOnly_AndActionsNeedStaff()
    {
        var (doctor, _) = await Line(2);
        var line = await Anonymous.Get($"/api/queue/doctors/{doctor}");
        Assert.Equal(HttpStatusCode.OK, line.Status);
        Assert.Equal(2, line.Body!["waiting_count"]!.GetValue<int>());
        Assert.DoesNotContain("Sanjay", line.Raw);
        Assert.DoesNotContain("patient_phone", line.Raw);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get("/api/queue/doctors/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get("/api/queue/departments/astrology")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get("/api/queue/tokens/not-a-token")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Act(doctor, "serve", new JsonObject { ["token_id"] = "x" })).Status);
    }

    [Fact]
    public async Task SessionEnd_MarksThoseStillWaitingMissed()
    {
        var (doctor, t) = await Line(2, "08:10", "08:40", 5);
        await Act(doctor, "call-next");
        await Act(doctor, "serve");
        var close = App.Services.GetRequiredService<CloseSessions>();
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 5);
        Assert.Equal(0, await close.Handle(30, CancellationToken.None));
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 15);
        Assert.True(await close.Handle(30, CancellationToken.None) >= 1);
        Assert.Equal("completed", await Status(t[0]));
        Assert.Equal("no_show", await Status(t[1]));
    }
}
