using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Departments;

public static class ListDepartments
{
    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory)
    {
        public async Task<IReadOnlyList<Department>> Handle(bool includeInactive, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Departments.AsNoTracking().Include(d => d.Hours)
                .Where(d => includeInactive || d.IsActive)
                .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
                .ToListAsync(ct);
        }
    }
}
