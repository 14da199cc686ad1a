using System.Net;
using Microsoft.EntityFrameworkCore;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>The channel settings are checked at start, and the inbound webhook reads any provider's JSON by the configured paths.</summary>
public sealed class ChannelSettingsTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData("Notifications:Channel", "telegram", "Notifications:Channel")]
    [InlineData("Notifications:Channel", "whatsapp", "Notifications:WhatsApp")]
    [InlineData("Notifications:Sms:Receipts:PollSeconds", "5", "StatusUrl")]
    [InlineData("Notifications:WhatsApp:AppSecret", "a-secret", "Notifications:WhatsApp")]
    public async Task IncompleteChannelSettings_RefuseToStart(string key, string value, string named)
    {
        await using var app = new OpdApp(await postgres.CreateDatabase(), new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Server).ToString();
        Assert.Contains(named, error);
    }

    [Fact]
    public async Task InboundJson_IsReadByTheConfiguredPaths_AndTheConfiguredHeader()
    {
        await using var gateway = await StandInGateway.Start();
        await using var app = new OpdApp(await postgres.CreateDatabase(), gateway.Settings(new()
        {
            ["Notifications:Sms:Inbound:Secret"] = "json-secret",
            ["Notifications:Sms:Inbound:SecretHeader"] = "X-Provider-Key",
            ["Notifications:Sms:Inbound:FromField"] = "data.sender",
            ["Notifications:Sms:Inbound:TextField"] = "data.message",
            ["Notifications:Sms:Inbound:IdField"] = "data.sms_id",
        }));
        await app.InitializeAsync();
        var phone = Unique.Phone();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Provider-Key", "json-secret");
        var body = $$$"""{"data": {"sender": "+91 {{{phone}}}", "message": "STOP\nplease", "sms_id": 4711}}""";
        var reply = await client.Send(HttpMethod.Post, "/webhooks/sms/inbound", body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        await using var db = app.Db();
        Assert.Equal("sms", await db.OptOuts.Where(o => o.Phone == phone).Select(o => o.Channel).SingleAsync());
        Assert.Equal("4711", await db.InboundMessages.Where(m => m.Phone == phone).Select(m => m.ProviderId).SingleAsync());

        var missing = await client.Send(HttpMethod.Post, "/webhooks/sms/inbound", """{"data": {"message": "STOP"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Errors!["data.sender"]);
        Assert.NotNull(missing.Errors!["data.sms_id"]);
    }
}
