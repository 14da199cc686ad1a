using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Doctors;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time (UTC+05:30).</summary>
public sealed class DoctorAndSlotTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task CreatedDoctor_HasEveryLegacyField_AndIsListedPublicly()
    {
        var reply = await Admin.Send(HttpMethod.Post, "/api/v1/doctors", """{"name": "Dr Raj", "specialization": "Cardiology", "doctor_code": "DOC001"}""");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        foreach (var field in new[] { "id", "name", "specialization", "doctor_code", "is_active", "created_at" })
            Assert.NotNull(reply.Body![field]);
        Assert.Equal("cardiology", reply.Body!["department"]!.GetValue<string>());
        Assert.True(reply.Body!["is_active"]!.GetValue<bool>());

        var list = await Anonymous.Get("/api/v1/doctors");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(list.Body!.AsArray(), d => d!["doctor_code"]!.GetValue<string>() == "DOC001");
    }

    [Fact]
    public async Task DuplicateDoctorCode_IsAConflict()
    {
        var body = """{"name": "Dr Meena", "specialization": "Dental", "doctor_code": "DUP-1"}""";
        Assert.Equal(HttpStatusCode.OK, (await Admin.Send(HttpMethod.Post, "/api/v1/doctors", body)).Status);
        var again = await Admin.Send(HttpMethod.Post, "/api/v1/doctors", body);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("DUP-1", again.Detail);
    }

    [Theory]
    [InlineData("""{"name": "D", "doctor_code": "X1"}""", "name")]
    [InlineData("""{"name": "Dr Ok", "doctor_code": "has space"}""", "doctor_code")]
    [InlineData("""{"name": "Dr Ok", "doctor_code": "X2", "department": "astrology"}""", "department")]
    [InlineData("""{"name": "Dr Ok", "doctor_code": 7}""", "doctor_code")]
    public async Task BadDoctor_IsRefusedNamingTheField(string body, string field)
    {
        var reply = await Admin.Send(HttpMethod.Post, "/api/v1/doctors", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task ChangingDoctorsAndSlots_NeedsAnAdmin()
    {
        var body = """{"name": "Dr Raj", "doctor_code": "NOPE"}""";
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, "/api/v1/doctors", body)).Status);
        var reception = App.Staff(await App.NewStaffKey("reception"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.Send(HttpMethod.Post, "/api/v1/doctors", body)).Status);
        var doctor = await Admin.NewDoctor();
        var slot = """{"start_time": "2026-11-24T10:00:00", "end_time": "2026-11-24T12:00:00", "capacity": 10}""";
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots", slot)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots", slot)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get($"/api/v1/doctors/{doctor}/slots")).Status);
    }

    [Fact]
    public async Task UpdateAndDeactivate_KeepTheTokens()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 5);
        var booked = await Anonymous.BookSlot(doctor);
        var renamed = await Admin.Send(HttpMethod.Patch, $"/api/v1/doctors/{doctor}", """{"name": "Dr Raj Kumar", "specialization": "Physician"}""");
        Assert.Equal("Dr Raj Kumar", renamed.Body!["name"]!.GetValue<string>());

        var deactivated = await Admin.Delete($"/api/v1/doctors/{doctor}");
        Assert.False(deactivated.Body!["is_active"]!.GetValue<bool>());
        var refused = await Anonymous.BookSlot(doctor);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("not taking bookings", refused.Detail);
        Assert.Equal("pending", (await Anonymous.Get($"/tokens/{booked.Body!["token_id"]}")).Details!["status"]!.GetValue<string>());
        Assert.DoesNotContain((await Anonymous.Get("/api/v1/doctors")).Body!.AsArray(), d => d!["id"]!.GetValue<int>() == doctor);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00", "2026-11-24T12:00:00")]
    [InlineData("2026-11-24T10:00:00+05:30", "2026-11-24T12:00:00+05:30")]
    [InlineData("2026-11-24T04:30:00Z", "2026-11-24T06:30:00+00:00")]
    public async Task SlotTimes_KeepTheirInstant_AndNaiveTimesMeanClinicTime(string start, string end)
    {
        var doctor = await Admin.NewDoctor();
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots",
            $$"""{"start_time": "{{start}}", "end_time": "{{end}}", "capacity": 10}""");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        foreach (var field in new[] { "id", "doctor_id", "start_time", "end_time", "capacity", "created_at" })
            Assert.NotNull(reply.Body![field]);
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T10:00:00+05:30"), DateTimeOffset.Parse(reply.Body!["start_time"]!.GetValue<string>()));
        Assert.Equal("2026-11-24T12:00:00+05:30", reply.Body!["end_time"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-11-24T12:00:00", "2026-11-24T10:00:00", 10, "end_time")]
    [InlineData("2026-11-24T10:00:00", "2026-11-24T10:00:00", 10, "end_time")]
    [InlineData("2026-11-24T10:00:00", "2026-11-24T12:00:00", 0, "capacity")]
    [InlineData("2026-11-24T10:00:00", "2026-11-24T12:00:00", 501, "capacity")]
    [InlineData("tomorrow 10am", "2026-11-24T12:00:00", 10, "start_time")]
    [InlineData("2026-11-24", "2026-11-24T12:00:00", 10, "start_time")]
    public async Task BadSlot_IsRefusedNamingTheField(string start, string end, int capacity, string field)
    {
        var doctor = await Admin.NewDoctor();
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots",
            $$"""{"start_time": "{{start}}", "end_time": "{{end}}", "capacity": {{capacity}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00", "2026-11-24T12:00:00")]
    [InlineData("2026-11-24T11:00:00", "2026-11-24T11:30:00")]
    [InlineData("2026-11-24T09:00:00", "2026-11-24T10:01:00")]
    [InlineData("2026-11-24T06:00:00Z", "2026-11-24T07:00:00Z")]
    public async Task OverlappingOrDuplicateSlot_IsAConflictNot500(string start, string end)
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots",
            $$"""{"start_time": "{{start}}", "end_time": "{{end}}", "capacity": 10}""");
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Contains("overlaps", reply.Detail);
    }

    [Fact]
    public async Task AdjacentSlots_AndOtherDoctorsAtTheSameTime_AreFine()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        await Admin.NewSlot(doctor, "2026-11-24T12:00:00", "2026-11-24T13:00:00", 10);
        await Admin.NewSlot(await Admin.NewDoctor(), "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var slots = await Anonymous.Get($"/api/v1/doctors/{doctor}/slots");
        Assert.Equal(2, slots.Body!.AsArray().Count);
    }

    [Fact]
    public async Task UnknownDoctor_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get("/api/v1/doctors/999999/slots")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Send(HttpMethod.Post, "/api/v1/doctors/999999/slots",
            """{"start_time": "2026-11-24T10:00:00", "end_time": "2026-11-24T12:00:00", "capacity": 10}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.BookSlot(999999)).Status);
    }
}
