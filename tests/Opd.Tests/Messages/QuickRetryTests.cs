using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>A provider speaking JSON that fails now and then: the client's quick retry sends the same message id again within one attempt.</summary>
public sealed class QuickRetryTests(PostgresFixture postgres) : IAsyncLifetime
{
    private StandInGateway _gateway = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), _gateway.Settings(new()
        {
            ["Notifications:Sms:Http:ContentType"] = "application/json",
            ["Notifications:Sms:Http:Body"] = """{"sender":"{sender}","route":"dlt","messages":[{"to":"91{to}","text":"{text}","ref":"{message_id}"}]}""",
            ["Notifications:Sms:Http:IdPath"] = "messages[0].id",
            ["Notifications:Sms:Http:Retries"] = "1", ["Notifications:Sms:Http:RetryDelaySeconds"] = "0.05",
        }));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task ATransientFailure_IsRetriedAtOnce_WithTheSameMessageId()
    {
        var phone = Unique.Phone();
        var failures = 0;
        _gateway.Script = (r, _, _) =>
        {
            var sent = JsonNode.Parse(r.Body)!["messages"]![0]!;
            if (sent["to"]!.GetValue<string>() != "91" + phone)
                return Task.FromResult<IResult?>(null);
            return Task.FromResult<IResult?>(Interlocked.Increment(ref failures) == 1
                ? Results.StatusCode(503)
                : Results.Json(new { messages = new[] { new { id = "json-77", to = sent["to"]!.GetValue<string>() } } }));
        };
        var booked = await _app.Anonymous().Book(Api.Booking(phone, date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await _app.Messages(Guid.Parse(booked.TokenId)));

        var sent = await _app.WaitFor(message.Id, MessageStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        Assert.Equal("json-77", sent.ProviderId);
        var requests = _gateway.For(message.Id);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.StartsWith("application/json", r.ContentType));
        var body = JsonNode.Parse(requests[1].Body)!["messages"]![0]!;
        Assert.Equal(message.Id.ToString(), body["ref"]!.GetValue<string>());
        Assert.Equal(message.Text, body["text"]!.GetValue<string>());
    }
}
