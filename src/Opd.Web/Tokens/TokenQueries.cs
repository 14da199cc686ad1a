using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;

namespace Opd.Web.Tokens;

/// <summary>Staff views over many tokens: search, a day's list, counts.</summary>
public static class TokenQueries
{
    public static async Task<Results<Ok<List<TokenRecord>>, ProblemHttpResult>> Search(
        SearchTokens.Handler handler, CancellationToken ct,
        string? patient_name = null, string? patient_phone = null, string? department = null, string? booking_date = null,
        string? status = null, string? token_number = null, string? limit = null)
    {
        var errors = new FieldErrors();
        var date = QueryValues.Date(booking_date, "booking_date", errors);
        TokenStatus? wanted = null;
        if (status is not null)
        {
            if (TokenText.TryParseStatus(status, out var s))
                wanted = s;
            else
                errors.Add("status", "status must be one of: pending, confirmed, completed, cancelled, no_show.");
        }
        var number = QueryValues.Int(token_number, "token_number", errors);
        var max = QueryValues.Int(limit, "limit", errors) ?? 200;
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await handler.Handle(new SearchTokens.Query(patient_name, patient_phone, department, date, wanted, number, max), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(TokenRecord.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<List<TokenRecord>>, ProblemHttpResult>> Daily(
        string date, DailyTokens.Handler handler, CancellationToken ct, string? department = null)
    {
        if (!QueryValues.TryDate(date, out var day))
            return ValidationError.For("date", "The date must be written as YYYY-MM-DD, for example 2026-01-15.").ToProblem();
        var result = await handler.Handle(day, department, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(TokenRecord.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<StatsJson>, ProblemHttpResult>> Stats(
        TokenStats.Handler handler, CancellationToken ct, string? date_from = null, string? date_to = null)
    {
        var errors = new FieldErrors();
        var from = QueryValues.Date(date_from, "date_from", errors);
        var to = QueryValues.Date(date_to, "date_to", errors);
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await handler.Handle(from, to, ct);
        if (!result.IsSuccess)
            return result.Error!.ToProblem();
        var stats = result.Value!;
        return TypedResults.Ok(new StatsJson(stats.Total,
            stats.ByStatus.ToDictionary(s => TokenText.Status(s.Key), s => s.Value),
            stats.ByDepartment.ToDictionary(d => d.Key, d => d.Value)));
    }
}
