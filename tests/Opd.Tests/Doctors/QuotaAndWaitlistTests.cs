using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Doctors;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time.</summary>
public sealed class QuotaAndWaitlistTests(OpdApp app) : ApiTest(app)
{
    private async Task<int> SlotWithQuota(int doctor, string start, string end, int capacity, int reserved, int releaseMinutes)
    {
        var reply = await Admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/slots",
            $$"""{"start_time": "{{start}}", "end_time": "{{end}}", "capacity": {{capacity}}, "walk_in_reserved": {{reserved}}, "walk_in_release_minutes": {{releaseMinutes}}}""");
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
        return reply.Body!["id"]!.GetValue<int>();
    }

    [Fact]
    public async Task WalkInQuota_IsKeptFromOnlineBookings_UntilItsReleaseTime()
    {
        var doctor = await Admin.NewDoctor();
        // Starts at 10:00 with 2 of 4 places for walk-ins until 09:00; the clock says 08:00.
        await SlotWithQuota(doctor, "2026-11-23T10:00:00", "2026-11-23T11:00:00", 4, 2, 60);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.BookSlot(doctor)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.BookSlot(doctor)).Status);
        var third = await Anonymous.BookSlot(doctor);
        Assert.Equal(HttpStatusCode.Conflict, third.Status);

        var desk = App.Staff(await App.NewStaffKey("reception"));
        Assert.Equal(HttpStatusCode.OK, (await desk.BookSlot(doctor, source: "WALK_IN")).Status);

        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9, 1);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.BookSlot(doctor)).Status);
            Assert.Equal(HttpStatusCode.Conflict, (await desk.BookSlot(doctor, source: "WALK_IN")).Status);
        }
        finally
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);
        }
    }

    [Fact]
    public async Task FullDoctor_PutsAskingPatientsOnTheWaitlist_InQueueOrder()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        var first = await Anonymous.BookSlot(doctor);
        var online = await Anonymous.Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Online Wait", "patient_phone": "{{Unique.Phone()}}", "waitlist": true}""");
        Assert.Equal(HttpStatusCode.Accepted, online.Status);
        Assert.True(online.Body!["waitlisted"]!.GetValue<bool>());
        Assert.Equal(1, online.Body!["position"]!.GetValue<int>());
        var priority = await Admin.Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Paid Wait", "patient_phone": "{{Unique.Phone()}}", "source": "PRIORITY", "waitlist": true}""");
        Assert.Equal(1, priority.Body!["position"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, (await Anonymous.BookSlot(doctor)).Status);

        var list = await Admin.Get($"/api/v1/doctors/{doctor}/waitlist");
        Assert.Equal(["Paid Wait", "Online Wait"], list.Body!.AsArray().Select(w => w!["patient_name"]!.GetValue<string>()));

        await Admin.Appointment(first.AppointmentId(), "cancel");
        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        var promoted = Assert.Single(queue.Body!["tokens"]!.AsArray());
        Assert.Equal("Paid Wait", promoted!["patient_name"]!.GetValue<string>());
        Assert.Equal(2, promoted["token_number"]!.GetValue<int>());
        Assert.Equal("PRIORITY", promoted["source"]!.GetValue<string>());
        Assert.Equal(["Online Wait"], (await Admin.Get($"/api/v1/doctors/{doctor}/waitlist")).Body!.AsArray().Select(w => w!["patient_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NoShow_AlsoPromotes_AndAnEmptyWaitlistGivesThePlaceBack()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T08:00:00", "2026-11-23T09:00:00", 1);
        var first = await Anonymous.BookSlot(doctor);
        await Anonymous.Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Waiting Wanda", "patient_phone": "{{Unique.Phone()}}", "waitlist": true}""");
        Assert.Equal(HttpStatusCode.OK, (await Admin.Appointment(first.AppointmentId(), "no-show")).Status);
        var queue = await Admin.Get($"/api/v1/doctors/{doctor}/queue");
        var promoted = Assert.Single(queue.Body!["tokens"]!.AsArray());
        Assert.Equal("Waiting Wanda", promoted!["patient_name"]!.GetValue<string>());
        await using (var db = App.Db())
        {
            // Both ONLINE: one left the line and one joined it in the same class.
            var slot = db.Slots.Single(s => s.DoctorId == doctor);
            Assert.Equal([0, 0, 0, 1, 0], slot.WaitingByClass);
            Assert.Equal(1, slot.SeenCount);
        }

        await Admin.Appointment(promoted["appointment_id"]!.GetValue<long>(), "cancel");
        Assert.Equal(0, (await Admin.Get($"/api/v1/doctors/{doctor}/queue")).Body!["booked"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.BookSlot(doctor)).Status);
    }

    [Fact]
    public async Task ParallelCancellations_PromoteExactlyAsManyAsWereFreed()
    {
        var doctor = await Admin.NewDoctor();
        var slot = await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var booked = new List<long>();
        for (var i = 0; i < 10; i++)
            booked.Add((await Anonymous.BookSlot(doctor)).AppointmentId());
        for (var i = 0; i < 15; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await Anonymous.Send(HttpMethod.Post, "/api/v1/book",
                $$"""{"doctor_id": {{doctor}}, "patient_name": "Waiter {{i}}", "patient_phone": "{{Unique.Phone()}}", "waitlist": true}""")).Status);

        var cancels = await Task.WhenAll(booked.Take(6).Select(id => Task.Run(() => Admin.Appointment(id, "cancel"))));
        Assert.All(cancels, c => Assert.Equal(HttpStatusCode.OK, c.Status));

        await using var db = App.Db();
        Assert.Equal(6, db.Waitlist.Count(w => w.DoctorId == doctor && w.Status == Opd.Core.Waitlist.WaitlistStatus.Promoted));
        Assert.Equal(9, db.Waitlist.Count(w => w.DoctorId == doctor && w.Status == Opd.Core.Waitlist.WaitlistStatus.Waiting));
        var active = db.Tokens.Where(t => t.SlotId == slot && (t.Status == Opd.Core.Tokens.TokenStatus.Pending)).ToList();
        Assert.Equal(10, active.Count);
        Assert.Equal(10, db.Slots.Single(s => s.Id == slot).BookedCount);
        Assert.Equal(Enumerable.Range(1, 16), db.Tokens.Where(t => t.SlotId == slot).Select(t => t.TokenNumber).OrderBy(n => n));
        var promotedNames = active.Where(t => t.PatientName.StartsWith("Waiter")).Select(t => t.PatientName).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"Waiter {i}").Order(), promotedNames);
    }

    [Fact]
    public async Task Waitlist_IsStaffOnly_AndCanBeLeft()
    {
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        await Anonymous.BookSlot(doctor);
        var phone = Unique.Phone();
        var entry = await Anonymous.Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Leaving Lila", "patient_phone": "{{phone}}", "waitlist": true}""");
        var again = await Anonymous.Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Leaving Lila", "patient_phone": "{{phone}}", "waitlist": true}""");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get($"/api/v1/doctors/{doctor}/waitlist")).Status);
        var id = entry.Body!["waitlist_id"]!.GetValue<long>();
        Assert.Equal("CANCELLED", (await Admin.Delete($"/api/v1/waitlist/{id}")).Body!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.Delete($"/api/v1/waitlist/{id}")).Status);
        Assert.Empty((await Admin.Get($"/api/v1/doctors/{doctor}/waitlist")).Body!.AsArray());
    }
}
