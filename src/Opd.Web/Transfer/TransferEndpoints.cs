using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Opd.Core.Common;
using Opd.Core.Transfer;
using Opd.Web.Infrastructure;

namespace Opd.Web.Transfer;

/// <summary>Export of tokens for spreadsheets and the earlier system's format; import of its token_bookings.json.</summary>
public static class TransferEndpoints
{
    /// <summary>A whole year of a large hospital in the earlier system's format fits; anything bigger goes through the CLI.</summary>
    public const long MaxImportBytes = 256L * 1024 * 1024;

    public static void MapTransferEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exports/tokens", Export).WithTags("Operations").RequireAuthorization(Policies.Staff)
            .WithDescription("""
                Tokens booked date_from..date_to (optionally one department), streamed as a download:
                format=csv (default; every column, UTF-8 with a byte-order mark for spreadsheets) or
                format=json (an object keyed by token id in the earlier system's record format, which the import reads back).
                """)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPost("/api/imports/legacy", Import).WithTags("Operations").RequireAuthorization(Policies.Admin)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .WithDescription("""
                The body is the earlier system's token_bookings.json. Keeps ids, numbers, statuses and times; importing twice
                changes nothing; a broken file changes nothing. dry_run=true reports without importing.
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> Export(ExportTokens export, TimeProvider time, CancellationToken ct,
        string? format = null, string? date_from = null, string? date_to = null, string? department = null)
    {
        var errors = new FieldErrors();
        var kind = (format ?? "csv").Trim().ToLowerInvariant();
        if (kind is not ("csv" or "json"))
            errors.Add("format", "The format must be csv or json.");
        var filter = new ExportTokens.Filter(QueryValues.Date(date_from, "date_from", errors), QueryValues.Date(date_to, "date_to", errors), department);
        if (errors.Any)
            return errors.ToError().ToProblem();
        var name = $"bookings_export_{time.GetUtcNow():yyyyMMdd_HHmmss}.{kind}";
        return kind == "csv"
            ? TypedResults.Stream(body => export.Csv(body, filter, null, ct), "text/csv; charset=utf-8", name)
            : TypedResults.Stream(body => export.Json(body, filter, null, ct), "application/json; charset=utf-8", name);
    }

    public static async Task<Results<Ok<ImportLegacyBookings.Report>, ProblemHttpResult>> Import(
        HttpRequest request, ImportLegacyBookings import, CancellationToken ct, string? dry_run = null)
    {
        var errors = new FieldErrors();
        var dry = QueryValues.Bool(dry_run, "dry_run", errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await import.Handle(request.Body, dry ?? false, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }
}
