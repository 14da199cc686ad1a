using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Tokens;

/// <summary>One day's tokens in the order the clinic sees them: by time, then number.</summary>
public static class DailyTokens
{
    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory)
    {
        public async Task<Result<IReadOnlyList<Token>>> Handle(DateOnly date, string? department, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var tokens = db.Tokens.AsNoTracking().Where(t => t.BookingDate == date);
            if (!string.IsNullOrWhiteSpace(department))
            {
                var code = department.Trim().ToLowerInvariant();
                if (!await db.Departments.AnyAsync(d => d.Code == code, ct))
                    return ValidationError.For("department", $"'{department}' is not a department. See GET /tokens/departments for the list.");
                tokens = tokens.Where(t => t.DepartmentCode == code);
            }
            return await tokens.OrderBy(t => t.BookingTime).ThenBy(t => t.TokenNumber).ToListAsync(ct);
        }
    }
}
