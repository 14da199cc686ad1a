using Opd.Core.Messages.Gateways;

namespace Opd.Tests.Messages;

/// <summary>How the generic HTTP gateway writes a provider's request and reads its answer.</summary>
public sealed class HttpGatewayShapeTests
{
    private static readonly OutgoingSms Sms = new(Guid.Parse("6f1c2d7e-0000-4000-8000-000000000001"), "9876543210",
        "Token \"23\" & more\nଆପଣଙ୍କ {to}", "1107000000000000001", "1101000000000000001", "CHCHCP");

    [Fact]
    public async Task JsonBody_EscapesQuotesAndLineBreaks_KeepsOdia_AndFillsOncePerPlaceholder()
    {
        var o = new HttpGatewayOptions
        {
            Url = "https://sms.example/send", ContentType = "application/json",
            Body = """{"mobile":"91{to}","message":"{text}","ref":"{message_id}","dlt":"{template_id}","pe":"{entity_id}","from":"{sender}"}""",
            Headers = { ["Authorization"] = "Bearer k", ["Content-Type"] = "application/json; charset=utf-8" },
        };
        using var request = HttpGatewayRequest.Build(o, Sms);
        var body = await request.Content!.ReadAsStringAsync();
        var json = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal(Sms.Text, json["message"]!.GetValue<string>());
        Assert.Contains("ଆପଣଙ୍କ {to}", body);
        Assert.Equal("919876543210", json["mobile"]!.GetValue<string>());
        Assert.Equal(Sms.MessageId.ToString(), json["ref"]!.GetValue<string>());
        Assert.Equal("CHCHCP", json["from"]!.GetValue<string>());
        Assert.Equal("Bearer k", request.Headers.Authorization!.ToString());
        Assert.Equal(Sms.MessageId.ToString(), request.Headers.GetValues("Idempotency-Key").Single());
        Assert.Equal(HttpMethod.Post, request.Method);
    }

    [Fact]
    public async Task FormBody_EscapesAmpersandsAndEquals_ByDefaultNamesEveryValue()
    {
        var o = new HttpGatewayOptions { Url = "https://sms.example/send" };
        using var request = HttpGatewayRequest.Build(o, Sms with { Text = "a=b&c" });
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync());
        Assert.Equal("a=b&c", form["text"].ToString());
        Assert.Equal("9876543210", form["to"].ToString());
        Assert.Equal(Sms.MessageId.ToString(), form["message_id"].ToString());
        Assert.Equal("1101000000000000001", form["entity_id"].ToString());
        Assert.StartsWith("application/x-www-form-urlencoded", request.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public void GetRequest_CarriesTheValuesInTheUrl_Escaped()
    {
        var o = new HttpGatewayOptions { Method = "GET", Url = "https://sms.example/api?to={to}&msg={text}&id={message_id}" };
        using var request = HttpGatewayRequest.Build(o, Sms with { Text = "a b&c" });
        Assert.Null(request.Content);
        Assert.Equal($"https://sms.example/api?to=9876543210&msg=a%20b%26c&id={Sms.MessageId}", request.RequestUri!.OriginalString);
    }

    [Theory]
    [InlineData("data.id", """{"data":{"id":"abc-1"}}""", "abc-1")]
    [InlineData("messages[0].id", """{"messages":[{"id":42}]}""", "42")]
    [InlineData("messages[1].id", """{"messages":[{"id":42}]}""", null)]
    [InlineData("data.id", "not json", null)]
    public void ProviderId_IsReadByJsonPath(string path, string body, string? id) =>
        Assert.Equal(id, HttpGatewayAnswer.ProviderId(new HttpGatewayOptions { IdPath = path }, body));

    [Fact]
    public void ProviderId_IsReadByPattern()
    {
        var o = new HttpGatewayOptions { IdRegex = @"MsgId:(\d+)" };
        Assert.Equal("778899", HttpGatewayAnswer.ProviderId(o, "OK MsgId:778899"));
    }

    [Theory]
    [InlineData(200, "OK 1", SendResult.Sent)]
    [InlineData(200, "ERROR invalid", SendResult.Retry)]
    [InlineData(202, "OK", SendResult.Retry)]
    [InlineData(400, "bad number", SendResult.Refused)]
    [InlineData(429, "slow down", SendResult.Retry)]
    [InlineData(503, "down", SendResult.Retry)]
    public void Success_NeedsTheStatusAndThePattern_A4xxIsARefusal(int status, string body, SendResult expected)
    {
        var o = new HttpGatewayOptions { SuccessStatus = "200", SuccessRegex = "^OK" };
        Assert.Equal(expected, HttpGatewayAnswer.Read(o, status, body).Result);
    }

    [Theory]
    [InlineData("200-299", true)]
    [InlineData("200, 202", true)]
    [InlineData("2xx", false)]
    [InlineData("299-200", false)]
    [InlineData("", false)]
    public void SuccessStatus_IsCodesAndRanges(string text, bool valid) =>
        Assert.Equal(valid, HttpGatewayAnswer.SuccessStatuses(text) is not null);
}
