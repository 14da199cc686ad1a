using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Reports;
using Opd.Web.Infrastructure;
using Opd.Web.Tokens;

namespace Opd.Web.Reports;

/// <summary>The OPD's figures for staff (/api/reports).</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/upcoming", Upcoming).WithTags("Reports").RequireAuthorization(Policies.Staff)
            .WithDescription("Pending and confirmed tokens from today for the next `days` days (default 7), by date and time.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/reports", Report).WithTags("Reports").RequireAuthorization(Policies.Staff)
            .WithDescription("""
                Figures for date_from..date_to (one day = the daily report), optionally for one department or doctor_id.
                completion = completed ÷ (booked − cancelled); cancellation = cancelled ÷ booked;
                no_show = no-shows ÷ (booked − cancelled); walk_in_share = walk-in tokens ÷ booked;
                waits run from arrival (booking time, or the slot's start if later) to the call into the room (or, if never called, to being marked completed); P50/P90 are nearest-rank.
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    public static async Task<Results<Ok<List<TokenRecord>>, ProblemHttpResult>> Upcoming(
        UpcomingAppointments upcoming, CancellationToken ct, string? days = null, string? department = null)
    {
        var errors = new FieldErrors();
        var span = QueryValues.Int(days, "days", errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await upcoming.Handle(span, department, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(TokenRecord.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<OpdReport.Report>, ProblemHttpResult>> Report(
        OpdReport report, CancellationToken ct, string? date_from = null, string? date_to = null, string? department = null, string? doctor_id = null)
    {
        var errors = new FieldErrors();
        var query = new OpdReport.Query(QueryValues.Date(date_from, "date_from", errors), QueryValues.Date(date_to, "date_to", errors),
            department, QueryValues.Int(doctor_id, "doctor_id", errors));
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await report.Handle(query, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }
}
