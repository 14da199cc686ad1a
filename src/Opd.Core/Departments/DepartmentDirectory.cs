using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;
using Opd.Core.Scheduling;

namespace Opd.Core.Departments;

/// <summary>
/// Departments with their hours, and the facility's holidays, kept in memory: every booking needs them and they change a few
/// times a year. Changes made through this process show at once; changes made elsewhere (another
/// server, SQL by hand) within <see cref="MaxAge"/>.
/// </summary>
public sealed class DepartmentDirectory(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyDictionary<string, Department> ByCode, IReadOnlyList<Closure> Holidays);

    private volatile Snapshot? _snapshot;

    public async ValueTask<Department?> Find(string code, CancellationToken ct) =>
        (await Current(ct)).ByCode.GetValueOrDefault(code);

    /// <summary>The facility holiday covering a date, if any.</summary>
    public async ValueTask<Closure?> HolidayOn(DateOnly date, CancellationToken ct) =>
        (await Current(ct)).Holidays.FirstOrDefault(h => h.DateFrom <= date && date <= h.DateTo);

    private async ValueTask<Snapshot> Current(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || time.GetUtcNow() - snapshot.LoadedAt > MaxAge)
            snapshot = await Load(ct);
        return snapshot;
    }

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> Load(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.Departments.AsNoTracking().Include(d => d.Hours).ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(-1));
        var holidays = await db.Closures.AsNoTracking().Where(c => c.DoctorId == null && c.DateTo >= today).ToListAsync(ct);
        var snapshot = new Snapshot(time.GetUtcNow(), departments.ToDictionary(d => d.Code, StringComparer.Ordinal), holidays);
        _snapshot = snapshot;
        return snapshot;
    }
}
