using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Opd.Core.Messages.Gateways;

/// <summary>
/// The WhatsApp Cloud API: an approved template per kind, its values as the body's parameters in the
/// order the kind offers them; an assistant's reply as plain text (it answers the patient's own
/// message, inside WhatsApp's 24-hour service window). Our message id travels as biz_opaque_callback_data
/// and comes back with every status.
/// </summary>
public sealed class WhatsAppGateway(IHttpClientFactory clients, IOptions<NotificationOptions> options) : ISmsGateway
{
    public const string ClientName = "whatsapp";

    public string Name => OptOuts.WhatsApp;

    public async Task<SendOutcome> Send(OutgoingSms sms, CancellationToken ct)
    {
        var o = options.Value.WhatsApp;
        var body = Body(o, sms);
        if (body is null)
            return new SendOutcome(SendResult.Refused, null, $"No WhatsApp template is configured for {sms.Kind} (Notifications:WhatsApp:Templates:{sms.Kind}).");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{o.BaseUrl.TrimEnd('/')}/{o.PhoneNumberId}/messages")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.AccessToken);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        var answer = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
            return new SendOutcome(SendResult.Sent, HttpGatewayAnswer.ByPath(answer, "messages[0].id"), $"{status} {answer}");
        return new SendOutcome(HttpGatewayAnswer.IsRefused(status) ? SendResult.Refused : SendResult.Retry, null, $"{status} {answer}");
    }

    /// <summary>The request's JSON, or null when the kind has no template.</summary>
    public static JsonObject? Body(WhatsAppOptions o, OutgoingSms sms)
    {
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = "91" + sms.To,
            ["biz_opaque_callback_data"] = sms.MessageId.ToString(),
        };
        if (sms.Kind == MessageKinds.AssistantReply)
        {
            body["type"] = "text";
            body["text"] = new JsonObject { ["body"] = sms.Variables?.GetValueOrDefault("reply") ?? sms.Text };
            return body;
        }
        if (!o.Templates.TryGetValue(sms.Kind, out var name) || string.IsNullOrWhiteSpace(name))
            return null;
        var offered = MessageKinds.Values.GetValueOrDefault(sms.Kind) ?? [];
        var parameters = new JsonArray();
        foreach (var value in offered)
            if (sms.Variables?.TryGetValue(value, out var text) == true)
                parameters.Add(new JsonObject { ["type"] = "text", ["text"] = text });
        body["type"] = "template";
        body["template"] = new JsonObject
        {
            ["name"] = name,
            ["language"] = new JsonObject { ["code"] = o.LanguageCode(sms.Language) },
            ["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = parameters }),
        };
        return body;
    }
}
