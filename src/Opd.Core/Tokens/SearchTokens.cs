using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>Staff search over all tokens. Name matches any part, ignoring case; phone matches any run of digits.</summary>
public static class SearchTokens
{
    public const int MaxResults = 1000;

    public sealed record Query(
        string? PatientName = null,
        string? PatientPhone = null,
        string? Department = null,
        DateOnly? BookingDate = null,
        TokenStatus? Status = null,
        int? TokenNumber = null,
        int Limit = 200);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory)
    {
        public async Task<Result<IReadOnlyList<Token>>> Handle(Query query, CancellationToken ct)
        {
            if (query.Limit is < 1 or > MaxResults)
                return ValidationError.For("limit", $"The limit must be between 1 and {MaxResults}.");
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var tokens = db.Tokens.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.PatientName))
                tokens = tokens.Where(t => EF.Functions.ILike(t.PatientName, Like(query.PatientName.Trim()), "\\"));
            if (!string.IsNullOrWhiteSpace(query.PatientPhone))
            {
                var digits = IndianMobile.TryNormalize(query.PatientPhone, out var full) ? full : IndianMobile.Digits(query.PatientPhone);
                if (digits.Length == 0)
                    return ValidationError.For("patient_phone", "Search by phone needs some of its digits.");
                tokens = tokens.Where(t => t.PatientPhone.Contains(digits));
            }
            if (!string.IsNullOrWhiteSpace(query.Department))
                tokens = tokens.Where(t => t.DepartmentCode == query.Department.Trim().ToLower());
            if (query.BookingDate is { } date)
                tokens = tokens.Where(t => t.BookingDate == date);
            if (query.Status is { } status)
                tokens = tokens.Where(t => t.Status == status);
            if (query.TokenNumber is { } number)
                tokens = tokens.Where(t => t.TokenNumber == number);
            return await tokens.OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).ThenBy(t => t.TokenNumber)
                .Take(query.Limit).ToListAsync(ct);
        }
    }

    private static string Like(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
