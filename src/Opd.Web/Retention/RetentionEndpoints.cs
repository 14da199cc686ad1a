using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Retention;
using Opd.Web.Infrastructure;

namespace Opd.Web.Retention;

public static class RetentionEndpoints
{
    public static void MapRetentionEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/retention/archive", Archive).WithTags("Operations").RequireAuthorization(Policies.Admin)
            .WithDescription("""
                Archives completed, cancelled and no-show tokens booked more than older_than_days days ago into token_archive
                (row and history as JSON) and removes them from the working tables. Pending and confirmed tokens are never touched.
                dry_run=true only counts. The same job runs nightly (Retention:Days, Retention:RunAt).
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);

    public static async Task<Results<Ok<ArchiveOldTokens.Summary>, ProblemHttpResult>> Archive(
        ArchiveOldTokens archive, CancellationToken ct, string? older_than_days = null, string? dry_run = null)
    {
        var errors = new FieldErrors();
        var days = QueryValues.Int(older_than_days, "older_than_days", errors);
        var dry = QueryValues.Bool(dry_run, "dry_run", errors);
        if (days is null && !errors.Any)
            errors.Add("older_than_days", "Give the age in days, for example 365.");
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await archive.Handle(days!.Value, dry ?? false, null, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }
}
