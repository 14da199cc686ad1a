using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Messages;
using Opd.Core.Messages.Inbound;
using Opd.Core.Messages.Receipts;
using Opd.Web.Infrastructure;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Messages;

/// <summary>
/// What the http SMS provider calls: delivery receipts and patients' messages, each protected by its
/// own shared secret in a header, with fields named by configuration (form or JSON).
/// </summary>
public static class SmsWebhookEndpoints
{
    public sealed record ReceiptAnswer(bool Applied);

    public sealed record InboundAnswer(string Status, Guid? ReplyMessageId);

    public static void MapSmsWebhooks(this IEndpointRouteBuilder app)
    {
        // The body is read raw here (and held to the text rules by this code), as providers send it.
        var group = app.MapGroup("/webhooks/sms").WithTags("Messages").WithMetadata(TypedBody.Instance);
        group.MapPost("/receipts", Receipt).WithDescription("A delivery receipt of the http SMS gateway; the header Notifications:Sms:Receipts:SecretHeader carries the shared secret.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/inbound", Inbound).WithDescription("A patient's SMS to the clinic's number: answered by the keyword commands or the assistant, by SMS.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static async Task<Results<Ok<ReceiptAnswer>, ProblemHttpResult>> Receipt(HttpRequest request, ApplyReceipt apply,
        IOptions<NotificationOptions> options, CancellationToken ct)
    {
        var o = options.Value.Sms.Receipts;
        if (Guard(request, o.Secret, o.SecretHeader) is { } refused)
            return refused;
        if (await WebhookBody.Read(request, ct) is not { } body)
            return TooLarge();
        var providerId = body.Field(o.IdField);
        var ours = Guid.TryParse(body.Field(o.MessageIdField), out var id) ? id : (Guid?)null;
        var word = body.Field(o.StatusField);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(providerId) && ours is null)
            errors.Add(o.IdField, $"The receipt must name the provider's message id ({o.IdField}) or ours ({o.MessageIdField}).");
        if (string.IsNullOrWhiteSpace(word))
            errors.Add(o.StatusField, $"The receipt must say the status ({o.StatusField}).");
        if (WebhookBody.Problem(o.IdField, providerId) is { } bad)
            errors.Add(o.IdField, bad);
        if (errors.Any)
            return errors.ToError().ToProblem();
        // A word that is neither delivered nor failed (queued, submitted) changes nothing.
        var applied = o.Read(word) is { } status && await apply.Apply(new Receipt(OptOuts.Sms, ours, providerId, status, $"receipt: {word}"), ct);
        return TypedResults.Ok(new ReceiptAnswer(applied));
    }

    public static async Task<Results<Ok<InboundAnswer>, ProblemHttpResult>> Inbound(HttpRequest request, HandleInbound inbound, InboundLimits limits,
        IOptions<NotificationOptions> options, CancellationToken ct)
    {
        var o = options.Value.Sms.Inbound;
        if (Guard(request, o.Secret, o.SecretHeader) is { } refused)
            return refused;
        if (await WebhookBody.Read(request, ct) is not { } body)
            return TooLarge();
        var (from, text, id) = (body.Field(o.FromField), body.Field(o.TextField)?.Trim(), body.Field(o.IdField));
        var errors = new FieldErrors();
        if (!IndianMobile.TryParse(from, out var phone))
            errors.Add(o.FromField, $"The sender must be {IndianMobile.Rule}.");
        if (string.IsNullOrWhiteSpace(text) || text.Length > Opd.Core.Chat.HandleChat.MaxMessageLength)
            errors.Add(o.TextField, $"The message text must have 1–{Opd.Core.Chat.HandleChat.MaxMessageLength} characters.");
        else if (WebhookBody.Problem(o.TextField, text) is { } bad)
            errors.Add(o.TextField, bad);
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200 || WebhookBody.Problem(o.IdField, id) is not null)
            errors.Add(o.IdField, "The provider's message id must have 1–200 characters (a retried webhook repeats it).");
        if (errors.Any)
            return errors.ToError().ToProblem();
        if (!limits.Allow(phone))
            return ProblemResults.Problem(StatusCodes.Status429TooManyRequests, "Too many messages", "Too many messages from this mobile number in an hour.");
        var answer = await inbound.Handle(new HandleInbound.Incoming(OptOuts.Sms, id!, phone, text!), ct);
        return TypedResults.Ok(new InboundAnswer(answer.Duplicate ? "duplicate" : "answered", answer.ReplyMessageId));
    }

    /// <summary>404 while the webhook has no secret (it is off), 401 without the header, 403 with a wrong one.</summary>
    private static ProblemHttpResult? Guard(HttpRequest request, string? secret, string header)
    {
        if (string.IsNullOrEmpty(secret))
            return ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "This webhook is not configured.");
        var given = request.Headers[header].ToString();
        if (given.Length == 0)
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Secret required", $"The {header} header is missing.");
        return WebhookBody.SameSecret(given, secret) ? null : ProblemResults.Problem(StatusCodes.Status403Forbidden, "Wrong secret", $"The {header} header is wrong.");
    }

    private static ProblemHttpResult TooLarge() =>
        ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "Too large", $"A webhook body may have at most {WebhookBody.MaxBytes} bytes.");
}
