using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Messages;
using Opd.Web.Infrastructure;

namespace Opd.Web.Messages;

/// <summary>The message log, resending, delivery rates and templates, for staff tools (the admin page and the CLI offer the same).</summary>
public static class MessageEndpoints
{
    public sealed record MessageJson(Guid Id, string Kind, string Language, string ToPhone, string Text, MessageStatus Status, int Attempts,
        Guid? TokenId, string? Gateway, string? ProviderId, string? ProviderAnswer, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset Deadline);

    public sealed record PageJson(IReadOnlyList<MessageJson> Items, int Total, int Page, int PageSize);

    public sealed record TemplateJson(string Kind, string Language, string Text, IReadOnlyList<string> Variables, string DltText, string? DltTemplateId,
        string? EntityId, string? Sender, string Encoding, int Characters, int Segments);

    public static void MapMessageEndpoints(this IEndpointRouteBuilder app)
    {
        var messages = app.MapGroup("/api/messages").WithTags("Messages").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        messages.MapGet("", List).WithSummary("The message log, newest first; status, kind, phone and the days written (from, to) filter it.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        messages.MapPost("/{id}/resend", Resend).WithSummary("A failed or expired message sent again as a new message.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/messages/rates", Rates).WithTags("Messages").RequireAuthorization(Policies.Staff)
            .WithSummary("Sent, delivered and failed messages per kind over the days written (from, to), and the failure rate per gateway and kind.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);

        var templates = app.MapGroup("/api/message-templates").WithTags("Messages").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        templates.MapGet("", Templates);
        templates.MapPut("/{kind}/{language}", Update).WithSummary("Changes a template; one with more than two variables is refused (TRAI, November 2025).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<PageJson>, ProblemHttpResult>> List(MessageLog log, CancellationToken ct, string? status = null, string? kind = null,
        string? phone = null, string? from = null, string? to = null, string? page = null, string? page_size = null)
    {
        var errors = new FieldErrors();
        var query = new MessageLog.Query(status, kind, phone, QueryValues.Date(from, "from", errors), QueryValues.Date(to, "to", errors),
            QueryValues.Int(page, "page", errors) ?? 1, QueryValues.Int(page_size, "page_size", errors) ?? 50);
        MessageLog.Check(query, errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        return await log.List(query, ct).Answer(p => TypedResults.Ok(new PageJson(p.Items.Select(Json).ToList(), p.Total, p.Page, p.PageSize)));
    }

    public static async Task<Results<Created<MessageJson>, ProblemHttpResult>> Resend(string id, MessageLog log, CancellationToken ct) =>
        Guid.TryParse(id, out var message)
            ? await log.Resend(message, ct).Answer(m => TypedResults.Created($"/api/messages?phone={m.ToPhone}", Json(m)))
            : ValidationError.For("id", "The message id is a UUID, as GET /api/messages lists it.").ToProblem();

    public static async Task<Results<Ok<DeliveryRates.Rates>, ProblemHttpResult>> Rates(DeliveryRates rates, CancellationToken ct, string? from = null, string? to = null)
    {
        var errors = new FieldErrors();
        var (first, last) = (QueryValues.Date(from, "from", errors), QueryValues.Date(to, "to", errors));
        if (errors.Any)
            return errors.ToError().ToProblem();
        return await rates.For(first, last, ct).Answer(TypedResults.Ok);
    }

    public static async Task<Ok<List<TemplateJson>>> Templates(ManageTemplates templates, CancellationToken ct) =>
        TypedResults.Ok((await templates.List(ct)).Select(Json).ToList());

    public static Task<Results<Ok<TemplateJson>, ProblemHttpResult>> Update(string kind, string language, TemplateBody body, ManageTemplates templates,
        CancellationToken ct) =>
        templates.Update(kind, language, new ManageTemplates.Change(body.Text, body.DltTemplateId, body.EntityId, body.Sender), ct).Answer(t => TypedResults.Ok(Json(t)));

    public static MessageJson Json(Message m) => new(m.Id, m.Kind, m.Language, m.ToPhone, m.Text, m.Status, m.Attempts, m.TokenId, m.Gateway,
        m.ProviderId, m.ProviderAnswer, m.CreatedAt, m.UpdatedAt, m.Deadline);

    private static TemplateJson Json(ManageTemplates.Shown s) => new(s.Template.Kind, s.Template.Language, s.Template.Text, s.Template.Variables, s.DltText,
        s.Template.DltTemplateId, s.Template.EntityId, s.Template.Sender, s.Segments.Unicode ? "UCS-2" : "GSM-7", s.Segments.Units, s.Segments.Parts);
}
