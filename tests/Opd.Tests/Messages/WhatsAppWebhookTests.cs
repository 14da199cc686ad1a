using System.Net;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>The WhatsApp webhook: Meta's handshake, its signature, and statuses that only move forward whatever order they come in.</summary>
public sealed class WhatsAppWebhookTests(PostgresFixture postgres) : IAsyncLifetime
{
    private StandInGateway _graph = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _graph = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), WhatsAppHooks.Settings(_graph));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Handshake_AnswersTheChallenge_OnlyWithTheVerifyToken()
    {
        var client = _app.Anonymous();
        var good = await client.GetAsync($"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token={WhatsAppHooks.VerifyToken}&hub.challenge=1158201444");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("1158201444", await good.Content.ReadAsStringAsync());
        var bad = await client.Get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
        Assert.Equal(HttpStatusCode.Forbidden, bad.Status);
        Assert.Equal("application/problem+json", bad.ContentType);
    }

    [Fact]
    public async Task Signature_Missing401_Wrong403_Right200()
    {
        var message = await SentMessage();
        var body = WhatsAppHooks.Statuses((message.ProviderId!, "delivered", null));
        var client = _app.Anonymous();

        var missing = await client.Post(body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("application/problem+json", missing.ContentType);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Post(body, WhatsAppHooks.Sign(body, "another-secret"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Post(body, "sha256=zz")).Status);
        // Signed over other bytes: the same JSON with one more space.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Post(body + " ", WhatsAppHooks.Sign(body))).Status);
        Assert.Equal(MessageStatus.Sent, (await _app.Message(message.Id)).Status);

        var right = await client.PostSigned(body);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(1, right.Body!["statuses"]!.GetValue<int>());
        Assert.Equal(MessageStatus.Delivered, (await _app.Message(message.Id)).Status);
    }

    [Fact]
    public async Task Statuses_OutOfOrderAndTwice_NeverMoveBack()
    {
        var message = await SentMessage();
        var client = _app.Anonymous();
        var wamid = message.ProviderId!;
        // Read comes first, skipping delivered; then the late ones and a repeat, some in one batch, some in parallel.
        Assert.Equal(HttpStatusCode.OK, (await client.PostSigned(WhatsAppHooks.Statuses((wamid, "read", message.Id)))).Status);
        var late = await Task.WhenAll(
            client.PostSigned(WhatsAppHooks.Statuses((wamid, "delivered", message.Id), (wamid, "sent", null))),
            client.PostSigned(WhatsAppHooks.Statuses((wamid, "read", null))),
            client.PostSigned(WhatsAppHooks.Statuses((wamid, "failed", message.Id))));
        Assert.All(late, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(late, r => Assert.Equal(0, r.Body!["statuses"]!.GetValue<int>()));
        Assert.Equal(MessageStatus.Read, (await _app.Message(message.Id)).Status);

        var failed = await SentMessage();
        await client.PostSigned(WhatsAppHooks.Statuses((failed.ProviderId!, "failed", null)));
        await client.PostSigned(WhatsAppHooks.Statuses((failed.ProviderId!, "delivered", null), (failed.ProviderId!, "read", failed.Id)));
        Assert.Equal(MessageStatus.Failed, (await _app.Message(failed.Id)).Status);
        // Only this server's channel is WhatsApp, without the SMS fallback: nothing else was queued.
        Assert.Single(await _app.Messages(failed.TokenId));
    }

    [Fact]
    public async Task AReceiptForAMessageWaitingForItsRetry_StopsTheRetry()
    {
        var message = await SentMessage();
        // As after a send that timed out although Meta had taken it: queued again for later, without Meta's id.
        await _app.Sql($"UPDATE messages SET status = 'Queued', provider_id = NULL, next_attempt_at = now() + interval '1 hour' WHERE id = '{message.Id}'");
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().PostSigned(WhatsAppHooks.Statuses((message.ProviderId!, "delivered", message.Id)))).Status);
        var delivered = await _app.Message(message.Id);
        Assert.Equal(MessageStatus.Delivered, delivered.Status);
        Assert.Equal(message.ProviderId, delivered.ProviderId);
    }

    [Fact]
    public async Task BadBodies_Answer400_Never500()
    {
        var client = _app.Anonymous();
        foreach (var body in new[] { "not json", "[]", """{"entry": 3}""" })
        {
            var reply = await client.PostSigned(body);
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Contains("entry", reply.Detail);
        }
        // Unknown statuses, unknown ids and odd shapes inside a valid envelope change nothing and are not retried by Meta.
        var odd = WhatsAppHooks.Statuses(("wamid.unknown", "delivered", Guid.NewGuid()), ("wamid.x", "deleted", null));
        Assert.Equal(HttpStatusCode.OK, (await client.PostSigned(odd)).Status);
    }

    [Fact]
    public async Task ATextMessage_IsAnsweredOnWhatsApp_AsText_AndItsRepeatIsNot()
    {
        var phone = Unique.Phone();
        var body = WhatsAppHooks.Text(phone, "wamid.in." + Guid.NewGuid().ToString("N"), "STATUS");
        var client = _app.Anonymous();
        var replies = await Task.WhenAll(client.PostSigned(body), client.PostSigned(body));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(1, replies.Sum(r => r.Body!["messages"]!.GetValue<int>()));

        var reply = Assert.Single(await _app.Messages(phone: phone));
        Assert.Equal(("whatsapp", MessageKinds.AssistantReply), (reply.Channel, reply.Kind));
        await _app.WaitFor(reply.Id, MessageStatus.Sent);
        var sent = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(_graph.Requests, r => r.Body.Contains(reply.Id.ToString())).Body)!;
        Assert.Equal("text", sent["type"]!.GetValue<string>());
        Assert.StartsWith("No upcoming OPD token", sent["text"]!["body"]!.GetValue<string>());
        Assert.Equal("91" + phone, sent["to"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.PostSigned(WhatsAppHooks.Text(phone, "wamid.in." + Guid.NewGuid().ToString("N"), "STOP"))).Status);
        await using var db = _app.Db();
        Assert.Equal("whatsapp", db.OptOuts.Where(o => o.Phone == phone).Select(o => o.Channel).Single());
    }

    private async Task<Message> SentMessage()
    {
        var booked = await _app.Anonymous().Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await _app.Messages(Guid.Parse(booked.TokenId)));
        return await _app.WaitFor(message.Id, m => m.ProviderId is not null, MessageStatus.Sent);
    }
}
