using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>What Meta posts to our WhatsApp webhook, signed as Meta signs it, and the settings of a server that sends through the stand-in Graph API.</summary>
public static class WhatsAppHooks
{
    public const string AppSecret = "stand-in-app-secret";
    public const string VerifyToken = "stand-in-verify-token";
    public const string PhoneNumberId = "106540352242922";

    public static Dictionary<string, string?> Settings(StandInGateway graph, string channel = "whatsapp", Dictionary<string, string?>? more = null)
    {
        var settings = graph.Settings(new()
        {
            ["Notifications:Channel"] = channel,
            ["Notifications:WhatsApp:BaseUrl"] = graph.Base + "/graph/v21.0",
            ["Notifications:WhatsApp:PhoneNumberId"] = PhoneNumberId,
            ["Notifications:WhatsApp:AccessToken"] = "stand-in-access-token",
            ["Notifications:WhatsApp:AppSecret"] = AppSecret,
            ["Notifications:WhatsApp:VerifyToken"] = VerifyToken,
            ["Notifications:WhatsApp:Templates:booking_confirmation"] = "opd_booking_confirmation",
        });
        foreach (var (key, value) in more ?? [])
            settings[key] = value;
        return settings;
    }

    public static string Statuses(params (string Wamid, string Status, Guid? Ours)[] statuses) => Change(new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["statuses"] = new JsonArray(statuses.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Wamid, ["status"] = s.Status, ["timestamp"] = "1764640000", ["recipient_id"] = "919876543210",
            ["biz_opaque_callback_data"] = s.Ours?.ToString(),
        }).ToArray()),
    });

    public static string Text(string from, string wamid, string text) => Change(new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["contacts"] = new JsonArray(new JsonObject { ["wa_id"] = "91" + from }),
        ["messages"] = new JsonArray(new JsonObject
        {
            ["from"] = "91" + from, ["id"] = wamid, ["timestamp"] = "1764640000", ["type"] = "text", ["text"] = new JsonObject { ["body"] = text },
        }),
    });

    private static string Change(JsonObject value) => new JsonObject
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "102290129340398",
            ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = value }),
        }),
    }.ToJsonString();

    public static string Sign(string body, string secret = AppSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public static async Task<Api.Reply> Post(this HttpClient client, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/whatsapp") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
            request.Headers.Add("X-Hub-Signature-256", signature);
        var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        return new Api.Reply(response.StatusCode, raw.StartsWith('{') ? JsonNode.Parse(raw) : null, raw, response.Content.Headers.ContentType?.MediaType);
    }

    public static Task<Api.Reply> PostSigned(this HttpClient client, string body) => client.Post(body, Sign(body));
}
