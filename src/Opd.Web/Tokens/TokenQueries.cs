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
        DateOnly? date = null;
        if (booking_date is not null)
        {
            if (TokenEndpoints.TryDate(booking_date, out var d))
                date = d;
            else
                errors.Add("booking_date", "booking_date must be a date written as YYYY-MM-DD.");
        }
        TokenStatus? wanted = null;
        if (status is not null)
        {
            if (TokenText.TryParseStatus(status, out var s))
                wanted = s;
            else
                errors.Add("status", "status must be one of: pending, confirmed, completed, cancelled, no_show.");
        }
        var number = Number(token_number, "token_number", errors);
        var max = Number(limit, "limit", errors) ?? 200;
        if (errors.Any)
            return errors.ToError().ToProblem();
        var result = await handler.Handle(new SearchTokens.Query(patient_name, patient_phone, department, date, wanted, number, max), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(TokenRecord.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<List<TokenRecord>>, ProblemHttpResult>> Daily(
        string date, DailyTokens.Handler handler, CancellationToken ct, string? department = null)
    {
        if (!TokenEndpoints.TryDate(date, out var day))
            return ValidationError.For("date", "The date must be written as YYYY-MM-DD, for example 2026-01-15.").ToProblem();
        var result = await handler.Handle(day, department, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!.Select(TokenRecord.From).ToList()) : result.Error!.ToProblem();
    }

    public static async Task<Results<Ok<StatsJson>, ProblemHttpResult>> Stats(
        TokenStats.Handler handler, CancellationToken ct, string? date_from = null, string? date_to = null)
    {
        var errors = new FieldErrors();
        DateOnly? from = null, to = null;
        if (date_from is not null)
            from = TokenEndpoints.TryDate(date_from, out var f) ? f : Bad(errors, "date_from");
        if (date_to is not null)
            to = TokenEndpoints.TryDate(date_to, out var l) ? l : Bad(errors, "date_to");
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

    private static DateOnly? Bad(FieldErrors errors, string field)
    {
        errors.Add(field, $"{field} must be a date written as YYYY-MM-DD.");
        return null;
    }

    private static int? Number(string? text, string field, FieldErrors errors)
    {
        if (text is null)
            return null;
        if (int.TryParse(text, out var n))
            return n;
        errors.Add(field, $"{field} must be a whole number.");
        return null;
    }
}
