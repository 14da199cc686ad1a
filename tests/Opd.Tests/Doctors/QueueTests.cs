using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Doctors;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time.</summary>
public sealed class QueueTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Queue_OrdersByClassThenArrival_WithEstimates()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T11:00:00", 10);
        var arrivals = new[] { "WALK_IN", "ONLINE", "FOLLOW_UP", "WALK_IN", "PRIORITY", "ONLINE", "EMERGENCY" };
        var numbers = new Dictionary<int, string>();
        foreach (var source in arrivals)
        {
            App.Clock.Now = App.Clock.Now.AddSeconds(1);
            var reply = await Admin.BookSlot(doctor, source: source);
            numbers[reply.TokenNumber] = source;
        }
        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        var tokens = queue.Body!["tokens"]!.AsArray();
        Assert.Equal([7, 5, 3, 2, 6, 1, 4], tokens.Select(t => t!["token_number"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, 7), tokens.Select(t => t!["position"]!.GetValue<int>()));
        Assert.Equal("2026-11-23T09:00:00+05:30", tokens[0]!["estimated_time"]!.GetValue<string>());
        Assert.Equal("2026-11-23T09:12:00+05:30", tokens[1]!["estimated_time"]!.GetValue<string>());
        foreach (var field in new[] { "doctor_id", "slot_id", "slot_start_time", "slot_end_time", "capacity", "booked", "next_token_number", "tokens" })
            Assert.NotNull(queue.Body![field]);
        foreach (var field in new[] { "appointment_id", "patient_name", "patient_phone", "token_number", "created_at" })
            Assert.NotNull(tokens[0]![field]);
        Assert.Equal(8, queue.Body!["next_token_number"]!.GetValue<int>());
    }

    [Fact]
    public async Task Queue_ShowsTheCurrentOrNextSlot_NeverAnEndedOne()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T06:00:00", "2026-11-23T07:00:00", 5);
        var next = await Admin.NewSlot(doctor, "2026-11-23T10:00:00", "2026-11-23T11:00:00", 5);
        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        Assert.Equal(next, queue.Body!["slot_id"]!.GetValue<int>());
        Assert.Equal("2026-11-23T10:00:00+05:30", queue.Body!["slot_start_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task Queue_ShowsThePatientInTheRoomFirst_ThenThePlacesAndTimesOfTheTokenPage()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T08:00:00", "2026-11-23T09:00:00", 6);
        var booked = new List<Api.Reply>();
        for (var i = 0; i < 3; i++)
            booked.Add(await Anonymous.BookSlot(doctor));
        Assert.Equal(HttpStatusCode.OK, (await Admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null)).Status);
        var tokens = (await Admin.Get($"/api/v1/doctors/{doctor}/queue")).Body!["tokens"]!.AsArray();
        Assert.Equal([0, 1, 2], tokens.Select(t => t!["position"]!.GetValue<int>()));
        Assert.Equal(booked[0].TokenId, tokens[0]!["token_id"]!.GetValue<string>());
        Assert.Equal("BOOKED", tokens[0]!["status"]!.GetValue<string>());
        foreach (var token in tokens.Skip(1))
        {
            var place = (await Anonymous.Get($"/api/queue/tokens/{token!["token_id"]!.GetValue<string>()}")).Body!;
            Assert.Equal(place["position"]!.GetValue<int>(), token["position"]!.GetValue<int>());
            Assert.Equal(place["eta"]!.GetValue<string>(), token["estimated_time"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Queue_IsStaffOnly_AndEmptyWithoutSlots()
    {
        var doctor = await Admin.NewDoctor();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get($"/api/v1/doctors/{doctor}/queue")).Status);
        var queue = await App.Staff(await App.NewStaffKey("doctor")).Get($"/api/v1/doctors/{doctor}/queue");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Null(queue.Body!["slot_id"]);
        Assert.Empty(queue.Body!["tokens"]!.AsArray());
    }

    [Fact]
    public async Task ServedCancelledAndNoShow_LeaveTheQueue_OnlyFromAnActiveToken()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 6);
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
            ids.Add((await Anonymous.BookSlot(doctor)).AppointmentId());

        var served = await Admin.Appointment(ids[0], "serve");
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Equal("SERVED", served.Body!["status"]!.GetValue<string>());
        foreach (var field in new[] { "id", "doctor_id", "patient_id", "slot_id", "status", "created_at" })
            Assert.NotNull(served.Body![field]);
        Assert.Equal("CANCELLED", (await Admin.Appointment(ids[1], "cancel")).Body!["status"]!.GetValue<string>());
        Assert.Equal("NO_SHOW", (await Admin.Appointment(ids[2], "no-show")).Body!["status"]!.GetValue<string>());

        var again = await Admin.Appointment(ids[0], "serve");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("completed", again.Detail);
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.Appointment(ids[1], "serve")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.Appointment(ids[2], "cancel")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Appointment(99999999, "serve")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Appointment(ids[3], "serve")).Status);

        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        var waiting = Assert.Single(queue.Body!["tokens"]!.AsArray());
        Assert.Equal(ids[3], waiting!["appointment_id"]!.GetValue<long>());
        // The place in the day's line, as the token page and the board show it: those already seen hold none.
        Assert.Equal(1, waiting["position"]!.GetValue<int>());
        Assert.Equal("2026-11-23T09:00:00+05:30", waiting["estimated_time"]!.GetValue<string>());
        Assert.Equal(2, queue.Body!["booked"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cancellation_FreesAPlace_ButNotItsNumber()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 2);
        var first = await Anonymous.BookSlot(doctor);
        await Anonymous.BookSlot(doctor);
        Assert.Equal(HttpStatusCode.Conflict, (await Anonymous.BookSlot(doctor)).Status);
        await Anonymous.Delete($"/tokens/{first.Body!["token_id"]!.GetValue<string>()}");
        var next = await Anonymous.BookSlot(doctor);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(3, next.TokenNumber);
        Assert.Equal("2026-11-23T09:30:00+05:30", next.Body!["estimated_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task DoctorDelay_ShiftsTodaysEstimates_AndTheQueueShowsIt()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 4);
        await Anonymous.BookSlot(doctor);
        await Anonymous.BookSlot(doctor);
        var nurse = App.Staff(await App.NewStaffKey("doctor"));
        var delayed = await nurse.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/delay", """{"minutes": 25}""");
        Assert.Equal(HttpStatusCode.OK, delayed.Status);
        Assert.Equal(25, delayed.Body!["delay_minutes"]!.GetValue<int>());

        var queue = await nurse.Get($"/api/v1/doctors/{doctor}/queue");
        Assert.Equal(25, queue.Body!["delay_minutes"]!.GetValue<int>());
        var times = queue.Body!["tokens"]!.AsArray().Select(t => t!["estimated_time"]!.GetValue<string>());
        Assert.Equal(["2026-11-23T09:25:00+05:30", "2026-11-23T09:40:00+05:30"], times);
        Assert.Equal(HttpStatusCode.BadRequest, (await nurse.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/delay", """{"minutes": -5}""")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/delay", """{"minutes": 5}""")).Status);
    }

    [Fact]
    public async Task DelayReportedToday_DoesNotShiftTomorrow()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 4);
        await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/delay", """{"minutes": 30}""");
        var reply = await Anonymous.BookSlot(doctor);
        Assert.Equal("2026-11-24T09:00:00+05:30", reply.Body!["estimated_time"]!.GetValue<string>());
    }
}
