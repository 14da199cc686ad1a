using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;
using Opd.Web.PhoneCodes;

namespace Opd.Web.Tokens;

/// <summary>The legacy-compatible token API (/tokens/...): its routes and shapes, on the shared handlers.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/tokens").WithTags("Tokens")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        tokens.MapPost("/book", Book).RequireRateLimiting(RateLimits.Booking)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).WithPhoneVerification(required: false);
        tokens.MapGet("/departments", Departments);
        tokens.MapGet("/statuses", Statuses);

        var staff = tokens.MapGroup("").RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/search", TokenQueries.Search);
        staff.MapGet("/daily/{date}", TokenQueries.Daily);
        staff.MapGet("/stats", TokenQueries.Stats);
        staff.MapPut("/{token_id}/status", ChangeStatus)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        tokens.MapGet("/{token_id}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapDelete("/{token_id}", Cancel)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Book(
        BookTokenBody body, ClaimsPrincipal user, BookToken.Handler handler, CancellationToken ct) =>
        handler.Handle(body.ToCommand(), user.ToActor(), ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Token booking successful! Your token number is {t.TokenNumber}", user.ToActor().IsStaff)));

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Get(
        string token_id, ClaimsPrincipal user, GetToken.Handler handler, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await handler.Handle(id, ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Token {t.TokenNumber} is {TokenText.Status(t.Status)}", user.ToActor().IsStaff, withHistory: true)));
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> ChangeStatus(
        string token_id, StatusChangeBody body, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await handler.Handle(body.ToCommand(TokenRef.ById(id)), user.ToActor(), ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Token status updated to {TokenText.Status(t.Status)}", staff: true)));
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Cancel(
        string token_id, ClaimsPrincipal user, ChangeTokenStatus.Handler handler, CancellationToken ct)
    {
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await handler.Handle(new ChangeTokenStatus.Command(TokenRef.ById(id), TokenStatus.Cancelled), user.ToActor(), ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Token {t.TokenNumber} has been cancelled", user.ToActor().IsStaff)));
    }

    public static async Task<Ok<List<DepartmentJson>>> Departments(ListDepartments.Handler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.Handle(includeInactive: false, ct)).Select(DepartmentJson.From).ToList());

    public static Ok<List<ValueName>> Statuses() =>
        TypedResults.Ok(Enum.GetValues<TokenStatus>().Select(s => new ValueName(TokenText.Status(s), TokenText.StatusName(s))).ToList());
}
