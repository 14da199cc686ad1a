using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Messages;
using Opd.Core.Messages.Inbound;
using Opd.Core.Messages.Receipts;
using Opd.Web.Infrastructure;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Messages;

/// <summary>
/// The WhatsApp Cloud API webhook: Meta's GET handshake, then POSTs signed with X-Hub-Signature-256
/// that carry message statuses and patients' messages.
/// </summary>
public static class WhatsAppEndpoints
{
    public sealed record WebhookAnswer(int Statuses, int Messages);

    public static void MapWhatsAppWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/whatsapp").WithTags("Messages").WithMetadata(TypedBody.Instance);
        group.MapGet("", Verify).WithDescription("Meta's verification: hub.mode=subscribe and hub.verify_token matching Notifications:WhatsApp:VerifyToken answer hub.challenge.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("", Receive).WithDescription("Statuses (sent, delivered, read, failed; they only move forward) and patients' text messages, signed with the app secret.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Verify([FromQuery(Name = "hub.mode")] string? mode,
        [FromQuery(Name = "hub.verify_token")] string? token, [FromQuery(Name = "hub.challenge")] string? challenge, IOptions<NotificationOptions> options)
    {
        var expected = options.Value.WhatsApp.VerifyToken;
        if (string.IsNullOrEmpty(expected))
            return ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "This webhook is not configured.");
        if (mode != "subscribe" || !WebhookBody.SameSecret(token, expected))
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "Verification failed", "hub.mode must be subscribe and hub.verify_token must match.");
        if (string.IsNullOrEmpty(challenge) || challenge.Length > 200)
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "Bad request", "hub.challenge must have 1–200 characters.");
        return TypedResults.Text(challenge, "text/plain");
    }

    public static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> Receive(HttpRequest request, ApplyReceipt apply, HandleInbound inbound,
        InboundLimits limits, IOptions<NotificationOptions> options, CancellationToken ct)
    {
        var secret = options.Value.WhatsApp.AppSecret;
        if (string.IsNullOrEmpty(secret))
            return ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "This webhook is not configured.");
        if (await WebhookBody.Read(request, ct) is not { } body)
            return ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "Too large", $"A webhook body may have at most {WebhookBody.MaxBytes} bytes.");
        var signature = request.Headers["X-Hub-Signature-256"].ToString();
        if (signature.Length == 0)
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Signature required", "The X-Hub-Signature-256 header is missing.");
        if (!body.SignedWith(signature, secret))
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "Wrong signature", "X-Hub-Signature-256 does not match the body.");
        if (body.Json() is not JsonObject root || root["entry"] is not JsonArray entries)
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "Bad request", "The body must be a JSON object with an entry array.");

        var (statuses, messages) = (0, 0);
        foreach (var value in entries.OfType<JsonObject>().SelectMany(e => e["changes"] as JsonArray ?? []).OfType<JsonObject>().Select(c => c["value"]).OfType<JsonObject>())
        {
            foreach (var status in (value["statuses"] as JsonArray ?? []).OfType<JsonObject>())
                if (Receipt(status) is { } receipt && await apply.Apply(receipt, ct))
                    statuses++;
            foreach (var message in (value["messages"] as JsonArray ?? []).OfType<JsonObject>())
                if (await Inbound(message, inbound, limits, ct))
                    messages++;
        }
        return TypedResults.Ok(new WebhookAnswer(statuses, messages));
    }

    private static Receipt? Receipt(JsonObject status)
    {
        var word = Text(status["status"]);
        MessageStatus? moved = word switch
        {
            "sent" => MessageStatus.Sent, "delivered" => MessageStatus.Delivered, "read" => MessageStatus.Read, "failed" => MessageStatus.Failed, _ => null,
        };
        if (moved is null)
            return null;
        var ours = Guid.TryParse(Text(status["biz_opaque_callback_data"]), out var id) ? id : (Guid?)null;
        var error = status["errors"] is JsonArray { Count: > 0 } errors ? $" {errors[0]?.ToJsonString()}" : "";
        return new Receipt(OptOuts.WhatsApp, ours, Text(status["id"]), moved.Value, $"webhook: {word}{error}");
    }

    /// <summary>
    /// A patient's text message, true when it was answered now (not a repeat). Other kinds (images,
    /// voice), foreign senders and a phone over its limit are passed over: Meta retries anything but a 200.
    /// </summary>
    private static async Task<bool> Inbound(JsonObject message, HandleInbound inbound, InboundLimits limits, CancellationToken ct)
    {
        var text = Text((message["text"] as JsonObject)?["body"])?.Trim();
        var id = Text(message["id"]);
        if (Text(message["type"]) != "text" || string.IsNullOrEmpty(text) || text.Length > Opd.Core.Chat.HandleChat.MaxMessageLength
            || WebhookBody.Problem("text", text) is not null || string.IsNullOrEmpty(id) || id.Length > 200
            || !IndianMobile.TryParse("+" + Text(message["from"]), out var phone) || !limits.Allow(phone))
            return false;
        return !(await inbound.Handle(new HandleInbound.Incoming(OptOuts.WhatsApp, id, phone, text), ct)).Duplicate;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
