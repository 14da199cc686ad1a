using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Departments;

/// <summary>
/// Departments with their hours, kept in memory: every booking needs them and they change a few
/// times a year. Changes made through this process show at once; changes made elsewhere (another
/// server, SQL by hand) within <see cref="MaxAge"/>.
/// </summary>
public sealed class DepartmentDirectory(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyDictionary<string, Department> ByCode);

    private volatile Snapshot? _snapshot;

    public async ValueTask<Department?> Find(string code, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || time.GetUtcNow() - snapshot.LoadedAt > MaxAge)
            snapshot = await Load(ct);
        return snapshot.ByCode.GetValueOrDefault(code);
    }

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> Load(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.Departments.AsNoTracking().Include(d => d.Hours).ToListAsync(ct);
        var snapshot = new Snapshot(time.GetUtcNow(), departments.ToDictionary(d => d.Code, StringComparer.Ordinal));
        _snapshot = snapshot;
        return snapshot;
    }
}
