using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Doctors;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time.</summary>
public sealed class ScheduleAndClosureTests(OpdApp app) : ApiTest(app)
{
    private async Task<int> Schedule(int doctor, string body)
    {
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/schedules", body);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
        return reply.Body!["id"]!.GetValue<int>();
    }

    private Task<Api.Reply> Generate(int doctor, int schedule, string from, string to) =>
        Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/schedules/{schedule}/generate", $$"""{"date_from": "{{from}}", "date_to": "{{to}}"}""");

    [Fact]
    public async Task Schedule_GeneratesItsSlots_AndGeneratingAgainChangesNothing()
    {
        var doctor = await Admin.NewDoctor();
        var schedule = await Schedule(doctor, """{"weekdays": ["mon", "wednesday"], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 6}""");
        var first = await Generate(doctor, schedule, "2026-11-23", "2026-11-29");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(8, first.Body!["created"]!.GetValue<int>());
        var again = await Generate(doctor, schedule, "2026-11-23", "2026-11-29");
        Assert.Equal(0, again.Body!["created"]!.GetValue<int>());
        Assert.Equal(8, again.Body!["already_there"]!.GetValue<int>());

        var slots = (await Anonymous.Get($"/api/v1/doctors/{doctor}/slots?date_from=2026-11-23&date_to=2026-11-29")).Body!.AsArray();
        Assert.Equal(8, slots.Count);
        Assert.Equal("2026-11-23T09:00:00+05:30", slots[0]!["start_time"]!.GetValue<string>());
        Assert.Equal("2026-11-25T10:30:00+05:30", slots[7]!["start_time"]!.GetValue<string>());
        Assert.All(slots, s => Assert.Equal(schedule, s!["schedule_id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Generation_SkipsOverlapsAndClosedDays_AndSaysSo()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T09:15:00", "2026-11-24T09:45:00", 5);
        await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/leave", """{"date_from": "2026-11-25", "date_to": "2026-11-25", "reason": "Training"}""");
        var schedule = await Schedule(doctor, """{"weekdays": ["tue", "wed"], "start_time": "09:00", "end_time": "10:00", "slot_minutes": 30, "capacity_per_slot": 4}""");
        var reply = await Generate(doctor, schedule, "2026-11-24", "2026-11-25");
        Assert.Equal(0, reply.Body!["created"]!.GetValue<int>());
        var skipped = reply.Body!["skipped"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Equal(3, skipped.Count);
        Assert.Contains(skipped, s => s.Contains("Training"));
    }

    [Theory]
    [InlineData("""{"weekdays": [], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 6}""", "weekdays")]
    [InlineData("""{"weekdays": ["funday"], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 6}""", "weekdays")]
    [InlineData("""{"weekdays": ["mon"], "start_time": "11:00", "end_time": "09:00", "slot_minutes": 30, "capacity_per_slot": 6}""", "end_time")]
    [InlineData("""{"weekdays": ["mon"], "start_time": "9am", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 6}""", "start_time")]
    [InlineData("""{"weekdays": ["mon"], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 0, "capacity_per_slot": 6}""", "slot_minutes")]
    [InlineData("""{"weekdays": ["mon"], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 0}""", "capacity_per_slot")]
    [InlineData("""{"weekdays": ["mon"], "start_time": "09:00", "end_time": "11:00", "slot_minutes": 30, "capacity_per_slot": 6, "walk_in_reserved": 7}""", "walk_in_reserved")]
    public async Task BadSchedule_IsNamed(string body, string field)
    {
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{await Admin.NewDoctor()}/schedules", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task Leave_MovesTokensToTheDoctorsNextFreeSlot_VisibleToThePatient()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 2);
        var later = await Admin.NewSlot(doctor, "2026-11-26T09:00:00", "2026-11-26T10:00:00", 5);
        var token = await Anonymous.BookSlot(doctor);
        await Anonymous.BookSlot(doctor);

        var leave = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/leave", """{"date_from": "2026-11-24", "date_to": "2026-11-24", "reason": "Doctor on leave"}""");
        Assert.Equal(HttpStatusCode.OK, leave.Status);
        Assert.Equal(1, leave.Body!["slots_closed"]!.GetValue<int>());
        Assert.Equal(2, leave.Body!["tokens_moved"]!.GetValue<int>());

        var seen = await Anonymous.Get($"/tokens/{token.Body!["token_id"]!.GetValue<string>()}");
        Assert.Equal("2026-11-26", seen.Details!["booking_date"]!.GetValue<string>());
        Assert.Equal("pending", seen.Details!["status"]!.GetValue<string>());
        Assert.Contains(seen.Body!["history"]!.AsArray(), h => h!["note"]?.GetValue<string>().Contains("Doctor on leave: moved from token 1") == true);
        var slots = (await Anonymous.Get($"/api/v1/doctors/{doctor}/slots?date_from=2026-11-24&date_to=2026-11-26")).Body!.AsArray();
        Assert.True(slots[0]!["is_closed"]!.GetValue<bool>());
        Assert.Equal(2, slots.Single(s => s!["id"]!.GetValue<int>() == later)!["booked"]!.GetValue<int>());
        Assert.Equal(later, (await Anonymous.BookSlot(doctor)).Body!["slot_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Leave_NeverMovesATokenEarlierThanPlanned()
    {
        var doctor = await Admin.NewDoctor();
        var earlier = await Admin.NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 5);
        await Admin.NewSlot(doctor, "2026-11-25T09:00:00", "2026-11-25T10:00:00", 1);
        var after = await Admin.NewSlot(doctor, "2026-11-26T09:00:00", "2026-11-26T10:00:00", 5);
        for (var i = 0; i < 5; i++)
            await Anonymous.BookSlot(doctor);
        var planned = await Anonymous.BookSlot(doctor);
        Assert.NotEqual(earlier, planned.Body!["slot_id"]!.GetValue<int>());
        // A place frees up on the 24th, before the planned day: the move must still go forward.
        await Admin.Appointment((await Admin.Get($"/api/v1/doctors/{doctor}/queue")).Body!["tokens"]![0]!["appointment_id"]!.GetValue<long>(), "cancel");
        await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/leave", """{"date_from": "2026-11-25", "date_to": "2026-11-25", "reason": "Leave"}""");
        var seen = await Anonymous.Get($"/tokens/{planned.Body!["token_id"]!.GetValue<string>()}");
        Assert.Equal("2026-11-26", seen.Details!["booking_date"]!.GetValue<string>());
        await using var db = App.Db();
        Assert.Equal(after, (await db.Tokens.FindAsync(Guid.Parse(planned.Body!["token_id"]!.GetValue<string>())))!.SlotId);
    }

    [Fact]
    public async Task Leave_UsesAnotherDoctorOfTheDepartmentThatDay_ElseCancelsWithTheReason()
    {
        var doctor = await Admin.NewDoctor("Pediatrics");
        var colleague = await Admin.NewDoctor("Pediatrics");
        await Admin.NewSlot(doctor, "2026-11-24T09:00:00", "2026-11-24T10:00:00", 3);
        await Admin.NewSlot(colleague, "2026-11-24T11:00:00", "2026-11-24T12:00:00", 1);
        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
            tokens.Add((await Anonymous.BookSlot(doctor)).Body!["token_id"]!.GetValue<string>());

        var leave = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/leave", """{"date_from": "2026-11-24", "date_to": "2026-11-30", "reason": "Conference"}""");
        Assert.Equal(1, leave.Body!["tokens_moved"]!.GetValue<int>());
        Assert.Equal(2, leave.Body!["tokens_cancelled"]!.GetValue<int>());
        var states = new List<JsonNode>();
        foreach (var id in tokens)
            states.Add((await Anonymous.Get($"/tokens/{id}")).Body!);
        var moved = Assert.Single(states, s => s["booking_details"]!["status"]!.GetValue<string>() == "pending");
        Assert.Equal("11:00:00", moved["booking_details"]!["booking_time"]!.GetValue<string>());
        Assert.All(states.Where(s => s != moved), s =>
            Assert.Contains("Conference", s["booking_details"]!["notes"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Holiday_ClosesEveryDoctor_AndRefusesDepartmentBookings()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-12-25T09:00:00", "2026-12-25T10:00:00", 3);
        var slotToken = await Anonymous.BookSlot(doctor);
        var departmentToken = await Anonymous.Book(Api.Booking(Unique.Phone(), date: "2026-12-25"));
        var holiday = await Admin.Send(HttpMethod.Post, "/api/v1/holidays", """{"date_from": "2026-12-25", "date_to": "2026-12-25", "reason": "Christmas"}""");
        Assert.Equal(HttpStatusCode.OK, holiday.Status);
        Assert.Equal(2, holiday.Body!["tokens_cancelled"]!.GetValue<int>());
        Assert.Equal("cancelled", (await Anonymous.Get($"/tokens/{departmentToken.TokenId}")).Details!["status"]!.GetValue<string>());
        Assert.Equal("cancelled", (await Anonymous.Get($"/tokens/{slotToken.Body!["token_id"]}")).Details!["status"]!.GetValue<string>());
        var refused = await Anonymous.Book(Api.Booking(Unique.Phone(), date: "2026-12-25"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Christmas", refused.Detail);
        Assert.Contains((await Anonymous.Get("/api/v1/closures")).Body!.AsArray(), c => c!["reason"]!.GetValue<string>() == "Christmas");
    }

    [Theory]
    [InlineData("""{"date_from": "2026-11-25", "date_to": "2026-11-24", "reason": "x"}""", "date_to")]
    [InlineData("""{"date_from": "soon", "date_to": "2026-11-24", "reason": "x"}""", "date_from")]
    [InlineData("""{"date_from": "2026-11-24", "date_to": "2026-11-24"}""", "reason")]
    public async Task BadClosure_IsNamed(string body, string field)
    {
        var reply = await Admin.Send(HttpMethod.Post, "/api/v1/holidays", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }
}
