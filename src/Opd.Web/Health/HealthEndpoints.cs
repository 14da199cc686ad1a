using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Web.Health;

public static class HealthEndpoints
{
    public sealed record HealthJson(string Status);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Check).WithTags("Health");
        app.MapGet("/api/diagnostics/request", RequestInfo.Show).RequireAuthorization(Infrastructure.Policies.Staff).WithTags("Health");
    }

    /// <summary>"ok" only when the database answers, so a load balancer stops sending patients to a broken node.</summary>
    public static async Task<Results<Ok<HealthJson>, JsonHttpResult<HealthJson>>> Check(
        IDbContextFactory<OpdDbContext> dbFactory, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            if (await db.Database.CanConnectAsync(timeout.Token))
                return TypedResults.Ok(new HealthJson("ok"));
        }
        catch (Exception e) when (e is OperationCanceledException or Npgsql.NpgsqlException)
        {
        }
        return TypedResults.Json(new HealthJson("unavailable"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
