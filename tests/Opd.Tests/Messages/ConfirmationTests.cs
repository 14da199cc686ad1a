using System.Net;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Bookings and staff cancellations write their message in their own transaction, and it reaches the provider once.</summary>
public sealed class ConfirmationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private StandInGateway _gateway = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), _gateway.Settings());
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Booking_ConfirmationReachesTheGatewayOnce_WithTheNumberAndTheLink()
    {
        var phone = Unique.Phone();
        var date = DateOnly.Parse(_app.OpenDay());
        var booked = await _app.Anonymous().Book(Api.Booking(phone, date: date.ToString("yyyy-MM-dd"), time: "11:15"));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var tokenId = Guid.Parse(booked.TokenId);

        var message = Assert.Single(await _app.Messages(tokenId));
        Assert.Equal(MessageKinds.BookingConfirmation, message.Kind);
        var sent = await _app.WaitFor(message.Id, MessageStatus.Sent);
        await Task.Delay(500); // several more polls: nothing is sent again
        var request = Assert.Single(_gateway.For(message.Id));

        var link = $"https://opd.example.in/t/{tokenId}";
        Assert.Equal($"Your OPD token: {booked.TokenNumber}, General Medicine, {date:dd-MM-yyyy} 11:15. See your turn live: {link}", request.Form["text"]);
        Assert.Equal(request.Form["text"], sent.Text);
        Assert.Equal("91" + phone, request.Form["to"]);
        Assert.Equal("Bearer stand-in-key", request.Headers["Authorization"]);
        Assert.Equal(message.Id.ToString(), request.Headers["Idempotency-Key"]);
        Assert.Equal(1, sent.Attempts);
        Assert.StartsWith("prov-", sent.ProviderId);
        Assert.Contains("\"ok\"", sent.ProviderAnswer);
        Assert.Null(sent.ClaimedUntil);
    }

    [Fact]
    public async Task DoctorBooking_ConfirmationNamesTheDoctorAndTheSlotTime()
    {
        var admin = _app.Admin();
        var doctor = await admin.NewDoctor();
        await admin.NewSlot(doctor, "2026-11-24T09:30:00+05:30", "2026-11-24T10:00:00+05:30", 5);
        var booked = await _app.Anonymous().BookSlot(doctor);
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await _app.Messages(Guid.Parse(booked.Body!["token_id"]!.GetValue<string>())));
        await _app.WaitFor(message.Id, MessageStatus.Sent);
        var text = Assert.Single(_gateway.For(message.Id)).Form["text"];
        Assert.Contains("Dr Raj, 24-11-2026 09:30", text);
    }

    [Fact]
    public async Task RefusedBookings_WriteNoMessage()
    {
        var date = _app.OpenDay();
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().Book(Api.Booking(phone, date: date))).Status);
        // The second booking's statement fails on the unique index after its outbox insert ran: all of it is rolled back.
        Assert.Equal(HttpStatusCode.Conflict, (await _app.Anonymous().Book(Api.Booking(phone, date: date, time: "12:00"))).Status);
        Assert.Single(await _app.Messages(phone: phone));

        await _app.Sql("UPDATE departments SET daily_capacity = 1 WHERE code = 'dental'");
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().Book(Api.Booking(Unique.Phone(), "dental", date))).Status);
        var refused = Unique.Phone();
        Assert.Equal(HttpStatusCode.Conflict, (await _app.Anonymous().Book(Api.Booking(refused, "dental", date))).Status);
        Assert.Empty(await _app.Messages(phone: refused));
    }

    [Fact]
    public async Task StaffCancellation_TellsThePatient_ThePatientsOwnDoesNot()
    {
        var byPatient = await _app.Anonymous().Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().Delete($"/tokens/{byPatient.TokenId}")).Status);
        Assert.DoesNotContain(await _app.Messages(Guid.Parse(byPatient.TokenId)), m => m.Kind == MessageKinds.CancelledByStaff);

        var byStaff = await _app.Anonymous().Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, (await _app.Admin().SetStatus(byStaff.TokenId, "cancelled", "Doctor on leave")).Status);
        var cancelled = Assert.Single(await _app.Messages(Guid.Parse(byStaff.TokenId)), m => m.Kind == MessageKinds.CancelledByStaff);
        await _app.WaitFor(cancelled.Id, MessageStatus.Sent);
        var text = Assert.Single(_gateway.For(cancelled.Id)).Form["text"];
        Assert.StartsWith($"Your OPD token {byStaff.TokenNumber}, General Medicine,", text);
        Assert.Contains("was cancelled by the hospital", text);
        Assert.EndsWith($"/t/{byStaff.TokenId}", text);
    }
}
