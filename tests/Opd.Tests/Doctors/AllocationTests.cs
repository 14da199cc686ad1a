using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Doctors;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time.</summary>
public sealed class AllocationTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Booking_AnswersLikeTheLegacyApi()
    {
        var doctor = await Admin.NewDoctor();
        var slot = await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var reply = await Anonymous.BookSlot(doctor);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.TokenNumber);
        Assert.Equal(slot, reply.Body!["slot_id"]!.GetValue<int>());
        Assert.True(reply.AppointmentId() > 0);
        Assert.Equal("2026-11-24T10:00:00+05:30", reply.Body!["estimated_time"]!.GetValue<string>());
        var second = await Anonymous.BookSlot(doctor);
        Assert.Equal(2, second.TokenNumber);
        Assert.Equal("2026-11-24T10:12:00+05:30", second.Body!["estimated_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlotToken_IsReadableThroughTheTokenApi()
    {
        var doctor = await Admin.NewDoctor("Cardiology");
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var reply = await Anonymous.BookSlot(doctor, "+91 98765 00001", name: "Sanjay Arjun");
        var token = await Anonymous.Get($"/tokens/{reply.Body!["token_id"]!.GetValue<string>()}");
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal("cardiology", token.Details!["department"]!.GetValue<string>());
        Assert.Equal("2026-11-24", token.Details!["booking_date"]!.GetValue<string>());
        Assert.Equal("9876500001", token.Details!["patient_phone"]!.GetValue<string>());
        Assert.Equal("pending", token.Details!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FullSlot_RollsOverToTheNextSlot()
    {
        var doctor = await Admin.NewDoctor();
        var first = await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 2);
        var second = await Admin.NewSlot(doctor, "2026-11-25T10:00:00", "2026-11-25T11:00:00", 2);
        var slots = new List<int>();
        for (var i = 0; i < 4; i++)
            slots.Add((await Anonymous.BookSlot(doctor)).Body!["slot_id"]!.GetValue<int>());
        Assert.Equal([first, first, second, second], slots);
        var numbers = (await Anonymous.BookSlot(doctor));
        Assert.Equal(HttpStatusCode.Conflict, numbers.Status);
        Assert.Contains("full", numbers.Detail);
    }

    [Fact]
    public async Task NoRoom_NamesTheNextDateWithRoomInTheDepartment()
    {
        var full = await Admin.NewDoctor("Dermatology");
        await Admin.NewSlot(full, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        var other = await Admin.NewDoctor("Dermatology");
        await Admin.NewSlot(other, "2026-11-26T14:00:00", "2026-11-26T15:00:00", 3);
        await Anonymous.BookSlot(full);
        var reply = await Anonymous.BookSlot(full);
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Contains("2026-11-26", reply.Detail);
    }

    [Fact]
    public async Task EndedSlots_AreSkipped_AndARunningSlotStillTakesBookings()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T06:00:00", "2026-11-23T07:30:00", 10);
        var running = await Admin.NewSlot(doctor, "2026-11-23T07:30:00", "2026-11-23T09:00:00", 10);
        Assert.Equal(running, (await Anonymous.BookSlot(doctor)).Body!["slot_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task SamePhoneInOneSlot_IsAConflict()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.BookSlot(doctor, phone)).Status);
        var again = await Anonymous.BookSlot(doctor, "0" + phone);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("already has a token in this doctor's next slot", again.Detail);
        Assert.DoesNotContain(phone, again.Raw);
        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        Assert.Equal(1, queue.Body!["booked"]!.GetValue<int>());
        Assert.Equal(2, queue.Body!["next_token_number"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("WALK_IN")]
    [InlineData("PRIORITY")]
    [InlineData("FOLLOW_UP")]
    [InlineData("EMERGENCY")]
    public async Task SourcesOtherThanOnline_NeedStaff(string source)
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.BookSlot(doctor, source: source)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Staff("opd_bogus").BookSlot(doctor, source: source)).Status);
        var desk = App.Staff(await App.NewStaffKey("reception"));
        var reply = await desk.BookSlot(doctor, source: source);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(source, reply.Body!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Emergency_IsAcceptedIntoAFullSlot_WhichIsMarkedOverbooked()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        await Anonymous.BookSlot(doctor);
        var reply = await Admin.BookSlot(doctor, source: "EMERGENCY");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(2, reply.TokenNumber);
        Assert.True(reply.Body!["overbooked"]!.GetValue<bool>());
        Assert.Equal(1, reply.Body!["position"]!.GetValue<int>());
        var slots = await Anonymous.Get($"/api/v1/doctors/{doctor}/slots");
        Assert.True(slots.Body![0]!["overbooked"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.BookSlot(doctor, source: "PRIORITY")).Status);
    }

    [Theory]
    [InlineData("""{"patient_name": "Sanjay", "patient_phone": "9876543210"}""", "doctor_id")]
    [InlineData("""{"doctor_id": "one", "patient_name": "Sanjay", "patient_phone": "9876543210"}""", "doctor_id")]
    [InlineData("""{"doctor_id": 1, "patient_name": "S", "patient_phone": "9876543210"}""", "patient_name")]
    [InlineData("""{"doctor_id": 1, "patient_name": "Sanjay", "patient_phone": "12345"}""", "patient_phone")]
    [InlineData("""{"doctor_id": 1, "patient_name": "Sanjay", "patient_phone": "9876543210", "source": "VIP"}""", "source")]
    public async Task BadBooking_IsRefusedNamingTheField(string body, string field)
    {
        var reply = await Anonymous.Send(HttpMethod.Post, "/api/v1/book", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task TwoHundredParallelBookings_IntoOneSlotOfTwenty_IssueExactlyOneToTwenty()
    {
        var doctor = await Admin.NewDoctor();
        var slot = await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 20);
        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => Anonymous.BookSlot(doctor))));
        var accepted = replies.Where(r => r.Status == HttpStatusCode.OK).ToList();
        Assert.Equal(Enumerable.Range(1, 20), accepted.Select(r => r.TokenNumber).Order());
        Assert.All(accepted, r => Assert.Equal(slot, r.Body!["slot_id"]!.GetValue<int>()));
        Assert.All(replies.Except(accepted), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        await using var db = App.Db();
        Assert.Equal(20, db.Tokens.Count(t => t.SlotId == slot));
        Assert.Equal(20, db.Slots.Single(s => s.Id == slot).BookedCount);
    }

    [Fact]
    public async Task ParallelBookings_IntoTwoSlotsOfTen_FillBothExactly()
    {
        var doctor = await Admin.NewDoctor();
        var first = await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 10);
        var second = await Admin.NewSlot(doctor, "2026-11-24T11:00:00", "2026-11-24T12:00:00", 10);
        var replies = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => Task.Run(() => Anonymous.BookSlot(doctor))));
        var accepted = replies.Where(r => r.Status == HttpStatusCode.OK).ToList();
        Assert.Equal(20, accepted.Count);
        foreach (var slot in new[] { first, second })
            Assert.Equal(Enumerable.Range(1, 10),
                accepted.Where(r => r.Body!["slot_id"]!.GetValue<int>() == slot).Select(r => r.TokenNumber).Order());
    }

    [Fact]
    public async Task DepartmentBooking_NamingADoctor_BelongsToThatDoctorsDay()
    {
        var doctor = await Admin.NewDoctor("Orthopedics");
        await Admin.NewSlot(doctor, "2026-11-23T10:00:00", "2026-11-23T12:00:00", 10);
        var slotToken = await Anonymous.BookSlot(doctor);
        App.Clock.Now = App.Clock.Now.AddSeconds(1);
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), "orthopedics", "2026-11-23", "10:45").With("doctor_name", "dr. raj"));
        var elsewhere = await Anonymous.Book(Api.Booking(Unique.Phone(), "orthopedics", "2026-11-23", "12:30").With("doctor_name", "Dr Raj"));
        await using var db = App.Db();
        Assert.Equal(doctor, db.Tokens.Single(t => t.Id == Guid.Parse(reply.TokenId)).DoctorId);

        var queue = (await Admin.Get($"/api/v1/doctors/{doctor}/queue")).Body!["tokens"]!.AsArray();
        Assert.Equal([slotToken.Body!["token_id"]!.GetValue<string>(), reply.TokenId], queue.Select(t => t!["token_id"]!.GetValue<string>()));
        Assert.DoesNotContain(queue, t => t!["token_id"]!.GetValue<string>() == elsewhere.TokenId);
    }
}
