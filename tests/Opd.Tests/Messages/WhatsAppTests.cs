using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Messages by WhatsApp through a stand-in Graph API: approved templates with their language and values, and SMS when WhatsApp refuses.</summary>
public sealed class WhatsAppTests(PostgresFixture postgres) : IAsyncLifetime
{
    private StandInGateway _graph = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _graph = await StandInGateway.Start();
        _graph.Script = (r, _, _) => Task.FromResult<IResult?>(r.Path.StartsWith("/graph") && r.Body.Contains("9000000001")
            ? Results.Json(new { error = new { message = "(#131026) Message undeliverable", code = 131026 } }, statusCode: 400)
            : null);
        _app = new OpdApp(await postgres.CreateDatabase(), WhatsAppHooks.Settings(_graph, "whatsapp-sms", new() { ["Notifications:Language"] = "hi" }));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Confirmation_IsTheApprovedTemplate_InHindi_WithTheTokenAndTheLinkAsItsParameters()
    {
        var phone = Unique.Phone();
        var date = DateOnly.Parse(_app.OpenDay());
        var booked = await _app.Anonymous().Book(Api.Booking(phone, date: date.ToString("yyyy-MM-dd"), time: "11:15"));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var message = Assert.Single(await _app.Messages(Guid.Parse(booked.TokenId)));
        Assert.Equal("whatsapp", message.Channel);
        var sent = await _app.WaitFor(message.Id, MessageStatus.Sent);

        var request = Assert.Single(_graph.Requests, r => r.Body.Contains(message.Id.ToString()));
        Assert.Equal($"/graph/v21.0/{WhatsAppHooks.PhoneNumberId}/messages", request.Path);
        Assert.Equal("Bearer stand-in-access-token", request.Headers["Authorization"]);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("whatsapp", body["messaging_product"]!.GetValue<string>());
        Assert.Equal("91" + phone, body["to"]!.GetValue<string>());
        Assert.Equal("template", body["type"]!.GetValue<string>());
        Assert.Equal("opd_booking_confirmation", body["template"]!["name"]!.GetValue<string>());
        Assert.Equal("hi", body["template"]!["language"]!["code"]!.GetValue<string>());
        var parameters = body["template"]!["components"]![0]!["parameters"]!.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList();
        Assert.Equal([$"{booked.TokenNumber}, सामान्य चिकित्सा, {date:dd-MM-yyyy} 11:15", $"https://opd.example.in/t/{booked.TokenId}"], parameters);
        Assert.Equal(message.Id.ToString(), body["biz_opaque_callback_data"]!.GetValue<string>());
        Assert.StartsWith("wamid.", sent.ProviderId);
        Assert.Empty(_graph.SmsTo(phone));
    }

    [Fact]
    public async Task RefusedByWhatsApp_GoesBySms_Once()
    {
        const string phone = "9000000001";
        var booked = await _app.Anonymous().Book(Api.Booking(phone, date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        // The refusal and the SMS copy may both be written before this reads.
        var whatsApp = Assert.Single(await _app.Messages(Guid.Parse(booked.TokenId)), m => m.Channel == "whatsapp");
        await _app.WaitFor(whatsApp.Id, MessageStatus.Failed);
        var messages = await Eventually.Get(() => _app.Messages(Guid.Parse(booked.TokenId)), m => m.Count == 2, "the SMS copy");
        var sms = Assert.Single(messages, m => m.Channel == "sms");
        await _app.WaitFor(sms.Id, MessageStatus.Sent);
        var sent = Assert.Single(_graph.SmsTo(phone));
        Assert.Equal(whatsApp.Text, sent.Form["text"]);
        Assert.Contains("सामान्य चिकित्सा", sent.Form["text"]);
    }
}
