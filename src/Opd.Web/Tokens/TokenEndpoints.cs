using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;

namespace Opd.Web.Tokens;

/// <summary>The legacy-compatible token API (/tokens/...): its routes and shapes, on the shared handlers.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/tokens").WithTags("Tokens")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        tokens.MapPost("/book", Book).Accepts<BookTokenBody>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status401Unauthorized);
        tokens.MapGet("/departments", Departments);
        tokens.MapGet("/statuses", Statuses);

        var staff = tokens.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/search", TokenQueries.Search);
        staff.MapGet("/daily/{date}", TokenQueries.Daily);
        staff.MapGet("/stats", TokenQueries.Stats);
        staff.MapPut("/{token_id}/status", ChangeStatus).Accepts<StatusChangeBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        tokens.MapGet("/{token_id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapDelete("/{token_id}", Cancel)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Book(
        HttpContext context, BookToken.Handler handler, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        var command = new BookToken.Command(
            body.String("patient_name"), body.String("patient_phone"), body.Int("patient_age"), body.String("department"),
            body.String("doctor_name"), body.String("booking_date"), body.String("booking_time"), body.String("symptoms"),
            body.String("priority"), body.String("notes"), body.String("source"));
        // Fields of the wrong JSON type are reported together with every other bad field.
        var result = await handler.Handle(command, actor, ct, body.Errors.Any ? body.Errors : null);
        return result.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(result.Value!, $"Token booking successful! Your token number is {result.Value!.TokenNumber}"))
            : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Get(
        string token_id, GetToken.Handler handler, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        var result = await handler.Handle(id, ct);
        return result.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(result.Value!, $"Token {result.Value!.TokenNumber} is {TokenText.Status(result.Value.Status)}", withHistory: true))
            : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> ChangeStatus(
        string token_id, HttpContext context, ChangeTokenStatus.Handler handler, CancellationToken ct)
    {
        var input = await JsonBody.ReadWithActor(context, ct);
        if (!input.IsSuccess)
            return input.Error!.ToProblem();
        var (actor, body) = input.Value;
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        var command = new ChangeTokenStatus.Command(TokenRef.ById(id), body.String("status"), body.String("notes"));
        if (body.Errors.Any)
            return body.Errors.ToError().ToProblem();
        var result = await handler.Handle(command, actor, ct);
        return result.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(result.Value!, $"Token status updated to {TokenText.Status(result.Value!.Status)}"))
            : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Cancel(
        string token_id, HttpContext context, ChangeTokenStatus.Handler handler, CancellationToken ct)
    {
        var actor = Actors.From(context);
        if (!actor.IsSuccess)
            return actor.Error!.ToProblem();
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        var result = await handler.Handle(new ChangeTokenStatus.Command(TokenRef.ById(id), "cancelled", null), actor.Value!, ct);
        return result.IsSuccess
            ? TypedResults.Ok(TokenEnvelope.For(result.Value!, $"Token {result.Value!.TokenNumber} has been cancelled"))
            : result.Error!.ToProblem();
    }

    public static async Task<Ok<List<DepartmentJson>>> Departments(ListDepartments.Handler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.Handle(includeInactive: false, ct)).Select(DepartmentJson.From).ToList());

    public static Ok<List<ValueName>> Statuses() =>
        TypedResults.Ok(Enum.GetValues<TokenStatus>().Select(s => new ValueName(TokenText.Status(s), TokenText.StatusName(s))).ToList());
}
