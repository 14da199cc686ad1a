using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Delivery receipts of the http SMS gateway: a webhook behind a shared secret, and polling for providers without push.</summary>
public sealed class ReceiptTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Secret = "stand-in-receipt-secret";
    private StandInGateway _gateway = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), _gateway.Settings(new() { ["Notifications:Sms:Receipts:Secret"] = Secret }));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Receipt_NeedsTheSecret_ThenMarksDelivered_AndALateFailureChangesNothing()
    {
        var message = await Sent(_app);
        var form = $"id={message.ProviderId}&status=DELIVRD";

        var missing = await Receipt(form, null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("application/problem+json", missing.ContentType);
        Assert.Equal(HttpStatusCode.Forbidden, (await Receipt(form, "guess")).Status);
        Assert.Equal(MessageStatus.Sent, (await _app.Message(message.Id)).Status);

        var right = await Receipt(form, Secret);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.True(right.Body!["applied"]!.GetValue<bool>());
        var delivered = await _app.Message(message.Id);
        Assert.Equal(MessageStatus.Delivered, delivered.Status);
        Assert.EndsWith(" | receipt: DELIVRD", delivered.ProviderAnswer);

        var late = await Receipt($"id={message.ProviderId}&status=UNDELIV", Secret);
        Assert.False(late.Body!["applied"]!.GetValue<bool>());
        Assert.Equal(MessageStatus.Delivered, (await _app.Message(message.Id)).Status);
    }

    [Fact]
    public async Task Receipt_ByOurMessageId_InJson_MarksFailed()
    {
        var message = await Sent(_app);
        var reply = await Receipt($$"""{"message_id":"{{message.Id}}","status":"rejected"}""", Secret, "application/json");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(MessageStatus.Failed, (await _app.Message(message.Id)).Status);
    }

    [Fact]
    public async Task Receipt_WithoutStatusOrIds_Answers400NamingTheFields()
    {
        var reply = await Receipt("nothing=here", Secret);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Errors!["id"]);
        Assert.NotNull(reply.Errors!["status"]);
        var control = await Receipt("id=a%00b&status=delivered", Secret);
        Assert.Equal(HttpStatusCode.BadRequest, control.Status);
        Assert.NotNull(control.Errors!["id"]);
    }

    [Fact]
    public async Task Polling_AsksTheStatusUrl_AndMarksDelivered()
    {
        await using var gateway = await StandInGateway.Start();
        gateway.Script = (r, _, _) => Task.FromResult<IResult?>(r.Path.StartsWith("/status/")
            ? Results.Json(new { data = new { status = "DELIVRD" } })
            : null);
        await using var app = new OpdApp(await postgres.CreateDatabase(), gateway.Settings(new()
        {
            ["Notifications:Sms:Receipts:PollSeconds"] = "1",
            ["Notifications:Sms:Receipts:StatusUrl"] = gateway.Base + "/status/{provider_id}?ref={message_id}",
            ["Notifications:Sms:Receipts:StatusField"] = "data.status",
        }));
        await app.InitializeAsync();
        var message = await Sent(app);
        await app.WaitFor(message.Id, MessageStatus.Delivered);
        var asked = Assert.Single(gateway.Requests, r => r.Path.StartsWith("/status/"));
        Assert.Equal($"/status/{message.ProviderId}", asked.Path);
        Assert.Equal("Bearer stand-in-key", asked.Headers["Authorization"]);
        Assert.EndsWith(" | poll: DELIVRD", (await app.Message(message.Id)).ProviderAnswer);
    }

    private static async Task<Message> Sent(OpdApp app)
    {
        var booked = await app.Anonymous().Book(Api.Booking(Unique.Phone(), date: app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await app.Messages(Guid.Parse(booked.TokenId)));
        return await app.WaitFor(message.Id, m => m.ProviderId is not null, MessageStatus.Sent, MessageStatus.Delivered);
    }

    private async Task<Api.Reply> Receipt(string body, string? secret, string type = "application/x-www-form-urlencoded")
    {
        var client = _app.Anonymous();
        if (secret is not null)
            client.DefaultRequestHeaders.Add("X-Webhook-Secret", secret);
        return await client.Send(HttpMethod.Post, "/webhooks/sms/receipts", body, type);
    }
}
