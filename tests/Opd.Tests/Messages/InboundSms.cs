using Microsoft.EntityFrameworkCore;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>A patient's SMS as the provider posts it to our webhook, and what the server answered.</summary>
public static class InboundSms
{
    public const string Secret = "stand-in-inbound-secret";

    public static Dictionary<string, string?> Settings(StandInGateway gateway) => gateway.Settings(new()
    {
        ["Notifications:Sms:Inbound:Secret"] = Secret,
        ["Notifications:Sms:Inbound:PerPhonePerHour"] = "12",
    });

    public static Task<Api.Reply> Sms(this OpdApp app, string from, string text, string? id = null, string? secret = Secret)
    {
        var client = app.Anonymous();
        if (secret is not null)
            client.DefaultRequestHeaders.Add("X-Webhook-Secret", secret);
        var form = $"from=91{from}&text={Uri.EscapeDataString(text)}&id={Uri.EscapeDataString(id ?? Guid.NewGuid().ToString("N"))}";
        return client.Send(HttpMethod.Post, "/webhooks/sms/inbound", form, "application/x-www-form-urlencoded");
    }

    /// <summary>The text of the answer the server queued (it starts with the template's "OPD: ").</summary>
    public static async Task<string> ReplyText(this OpdApp app, Api.Reply reply)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, reply.Status);
        var id = Guid.Parse(reply.Body!["reply_message_id"]!.GetValue<string>());
        return (await app.Message(id)).Text;
    }

    public static async Task<List<Opd.Core.Tokens.Token>> Tokens(this OpdApp app, string phone)
    {
        await using var db = app.Db();
        return await db.Tokens.AsNoTracking().Where(t => t.PatientPhone == phone).OrderBy(t => t.CreatedAt).ToListAsync();
    }
}
