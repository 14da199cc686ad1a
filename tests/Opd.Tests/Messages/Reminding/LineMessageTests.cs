using System.Net;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.Reminding;

/// <summary>Messages raised by changes to a line: the turn near, the doctor running late, a leave, a waitlist place.</summary>
public sealed class LineMessageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TurnNear_GoesOnceToEachPatient_WhenThreeOrFewerAreBefore()
    {
        await using var clinic = await Clinic.Start(postgres);
        clinic.At(23, 9);
        var tokens = new List<Guid>();
        for (var i = 0; i < 6; i++)
            tokens.Add(await clinic.Book(Unique.Phone(), "2026-11-23", "09:10"));
        async Task<List<Guid>> Told()
        {
            var told = new List<Guid>();
            foreach (var t in tokens)
                if ((await clinic.Of(t, MessageKinds.TurnNear)).Count > 0)
                    told.Add(t);
            return told;
        }

        Assert.Equal(tokens[..4], await Told());
        var admin = clinic.App.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, "/api/queue/departments/general_medicine/call-next", null)).Status);
        Assert.Equal(tokens[..5], await Told());
        Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, "/api/queue/departments/general_medicine/call-next", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, "/api/queue/departments/general_medicine/call-next", null)).Status);
        Assert.Equal(tokens, await Told());

        foreach (var t in tokens)
        {
            var sent = await clinic.Sent(t, MessageKinds.TurnNear);
            Assert.StartsWith("Your turn is near, token ", sent.Text);
            Assert.Single(clinic.Gateway.For(sent.Id));
        }
    }

    [Fact]
    public async Task RunningLate_OverTheThreshold_TellsEachWaitingPatientOnce()
    {
        await using var clinic = await Clinic.Start(postgres);
        var admin = clinic.App.Admin();
        var doctor = await admin.NewDoctor();
        await admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T12:00:00", 10);
        var booked = new List<Guid>();
        for (var i = 0; i < 3; i++)
            booked.Add(Guid.Parse((await clinic.App.Anonymous().BookSlot(doctor)).Body!["token_id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, $"/api/queue/doctors/{doctor}/call-next", null)).Status);

        async Task Delay(int minutes) =>
            Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/delay", $$"""{"minutes": {{minutes}}}""")).Status);
        await Delay(20);
        Assert.All(booked, t => Assert.Empty(clinic.Of(t, MessageKinds.RunningLate).Result));
        await Delay(45);
        await Delay(60);

        Assert.Empty(await clinic.Of(booked[0], MessageKinds.RunningLate)); // already in the room
        foreach (var t in booked[1..])
        {
            var sent = await clinic.Sent(t, MessageKinds.RunningLate);
            Assert.StartsWith("Your doctor is running about 45 minutes late today. See your new time: https://opd.example.in/t/", sent.Text);
        }
    }

    [Fact]
    public async Task Leave_TellsMovedAndCancelledPatients_InItsOwnTransaction()
    {
        await using var clinic = await Clinic.Start(postgres);
        var admin = clinic.App.Admin();
        var moving = await admin.NewDoctor();
        await admin.NewSlot(moving, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 5);
        await admin.NewSlot(moving, "2026-11-25T10:00:00", "2026-11-25T11:00:00", 5);
        var moved = Guid.Parse((await clinic.App.Anonymous().BookSlot(moving)).Body!["token_id"]!.GetValue<string>());
        var alone = await admin.NewDoctor("Dermatology");
        await admin.NewSlot(alone, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 5);
        var cancelled = Guid.Parse((await clinic.App.Anonymous().BookSlot(alone)).Body!["token_id"]!.GetValue<string>());

        foreach (var doctor in new[] { moving, alone })
            Assert.Equal(HttpStatusCode.OK, (await admin.Send(HttpMethod.Post, $"/api/v1/doctors/{doctor}/leave",
                """{"date_from": "2026-11-24", "date_to": "2026-11-24", "reason": "Doctor on leave"}""")).Status);

        var told = await clinic.Sent(moved, MessageKinds.ClosureMoved);
        Assert.StartsWith("Because of a leave or holiday your OPD token was moved to 1, Dr Raj, 25-11-2026 10:00.", told.Text);
        var gone = await clinic.Sent(cancelled, MessageKinds.ClosureCancelled);
        Assert.Contains("was cancelled", gone.Text);
        await using var db = clinic.App.Db();
        // Written by the closure's transaction: the same instant as the token's change.
        Assert.Equal(db.Tokens.Single(t => t.Id == cancelled).UpdatedAt, gone.CreatedAt);
    }

    [Fact]
    public async Task WaitlistPlace_IsToldToThePromotedPatient()
    {
        await using var clinic = await Clinic.Start(postgres);
        var admin = clinic.App.Admin();
        var doctor = await admin.NewDoctor();
        await admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T11:00:00", 1);
        var first = await clinic.App.Anonymous().BookSlot(doctor);
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.Accepted, (await clinic.App.Anonymous().Send(HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Waiting Wanda", "patient_phone": "{{phone}}", "waitlist": true}""")).Status);

        await admin.Appointment(first.AppointmentId(), "cancel");
        var message = await Eventually.Get(() => clinic.App.Messages(phone: phone), m => m.Any(x => x.Kind == MessageKinds.WaitlistPlace), "the waitlist message");
        var sent = await clinic.App.WaitFor(message.Single(m => m.Kind == MessageKinds.WaitlistPlace).Id, MessageStatus.Sent);
        Assert.StartsWith("A place is free for you. Your OPD token: 2, Dr Raj, 24-11-2026 10:00.", sent.Text);
        Assert.NotNull(sent.TokenId);
    }
}
