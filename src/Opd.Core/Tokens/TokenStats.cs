using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>Counts of tokens by status and department, optionally within a date range.</summary>
public static class TokenStats
{
    public sealed record Stats(int Total, IReadOnlyDictionary<TokenStatus, int> ByStatus, IReadOnlyDictionary<string, int> ByDepartment);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory)
    {
        public async Task<Result<Stats>> Handle(DateOnly? from, DateOnly? to, CancellationToken ct)
        {
            if (from > to)
                return ValidationError.For("date_from", "date_from must not be after date_to.");
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var tokens = db.Tokens.AsNoTracking();
            if (from is { } f)
                tokens = tokens.Where(t => t.BookingDate >= f);
            if (to is { } l)
                tokens = tokens.Where(t => t.BookingDate <= l);
            var rows = await tokens.GroupBy(t => new { t.Status, t.DepartmentCode })
                .Select(g => new { g.Key.Status, g.Key.DepartmentCode, Count = g.Count() })
                .ToListAsync(ct);
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => d.Code).ToListAsync(ct);

            var byStatus = Enum.GetValues<TokenStatus>().ToDictionary(s => s, s => rows.Where(r => r.Status == s).Sum(r => r.Count));
            var byDepartment = departments.ToDictionary(d => d, d => rows.Where(r => r.DepartmentCode == d).Sum(r => r.Count));
            return new Stats(rows.Sum(r => r.Count), byStatus, byDepartment);
        }
    }
}
