using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.PhoneCodes;

/// <summary>Booking:RequirePhoneVerification on: anonymous online bookings prove the phone first, on every channel; staff never do.</summary>
public sealed class VerifiedBookingTests(PostgresFixture postgres) : IAsyncLifetime
{
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(), new() { ["Booking:RequirePhoneVerification"] = "true" });
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TokensBook_RefusesWithoutAProofOfThatPhone_AndBooksWithIt()
    {
        var client = _app.Anonymous();
        var phone = Unique.Phone();
        var body = Api.Booking(phone, date: _app.OpenDay()).ToJsonString();

        var refused = await client.Send(HttpMethod.Post, "/tokens/book", body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.Contains("X-Phone-Verification", refused.Detail);

        var otherProof = await _app.Proof(client, Unique.Phone());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.WithProof(otherProof, HttpMethod.Post, "/tokens/book", body)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.WithProof("made-up", HttpMethod.Post, "/tokens/book", body)).Status);

        var proof = await _app.Proof(client, phone);
        var booked = await client.WithProof(proof, HttpMethod.Post, "/tokens/book", body);
        Assert.True(booked.Status == HttpStatusCode.OK, booked.Raw);
        Assert.Equal("online", booked.Details!["source"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await _app.Admin().Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()))).Status);
    }

    [Fact]
    public async Task DoctorSlotBooking_RefusesWithoutAProof_StaffBookWithout()
    {
        var admin = _app.Admin();
        var doctor = await admin.NewDoctor("ENT");
        await admin.NewSlot(doctor, "2026-11-24T10:00:00", "2026-11-24T12:00:00", 10);
        var client = _app.Anonymous();
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.BookSlot(doctor, phone)).Status);

        var proof = await _app.Proof(client, phone);
        var body = new JsonObject { ["doctor_id"] = doctor, ["patient_name"] = "Sanjay", ["patient_phone"] = phone, ["source"] = "ONLINE" }.ToJsonString();
        var booked = await client.WithProof(proof, HttpMethod.Post, "/api/v1/book", body);
        Assert.True(booked.Status == HttpStatusCode.OK, booked.Raw);

        Assert.Equal(HttpStatusCode.OK, (await admin.BookSlot(doctor, Unique.Phone(), "WALK_IN")).Status);
    }

    [Fact]
    public async Task BookingPage_AsksForTheCodeBeforeBooking()
    {
        var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var date = _app.OpenDay();
        var step = $"/book?lang=en&department=general_medicine&doctor=any&date={date}&time=10:30";
        var phone = Unique.Phone();
        (string, string)[] details = [("department", "general_medicine"), ("doctor", "any"), ("date", date), ("time", "10:30"),
            ("name", "Asha Behera"), ("age", "30"), ("phone", phone), ("symptoms", "cough")];

        var codeStep = await browser.Post(step, await browser.GetStringAsync(step), details);
        Assert.Contains("id=\"code\"", codeStep);
        Assert.Contains("value=\"Asha Behera\"", codeStep);
        Assert.Empty(await Tokens(phone));
        var code = await _app.LatestCode(phone);

        var wrong = await browser.Post(step, codeStep, [.. details, ("code", code == "000000" ? "111111" : "000000")]);
        Assert.Contains("id=\"code\"", wrong);
        Assert.Empty(await Tokens(phone));

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", PageForms.Antiforgery(wrong)),
            .. details.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("code", code)]);
        using var booked = await browser.PostAsync(step, content);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var token = Assert.Single(await Tokens(phone));
        Assert.Equal($"/t/{token}", booked.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChatBooking_AsksForTheCodeAfterTheYes_AndBooksWithIt()
    {
        var client = _app.Anonymous();
        var phone = Unique.Phone();
        var chat = new ChatThread(client);
        await chat.Say($"Book a token for John Doe, phone {phone}, age 35, for general medicine on {_app.OpenDay()} at 10:30");
        Assert.Contains("yes/no", await chat.Say("fever"));
        var asked = await chat.Say("yes");
        Assert.Contains("code", asked);
        Assert.Empty(await Tokens(phone));
        var booked = await chat.Say(await _app.LatestCode(phone));
        Assert.Contains("Booked", booked);
        Assert.Single(await Tokens(phone));
    }

    private async Task<List<Guid>> Tokens(string phone)
    {
        await using var db = _app.Db();
        return db.Tokens.Where(t => t.PatientPhone == phone).Select(t => t.Id).ToList();
    }
}
