using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Messages;
using Opd.Core.Staff;

namespace Opd.Core.Database;

/// <summary>Brings a database up to date: schema migrations, the reference departments, the message templates, the first admin, demo data.</summary>
public sealed class DatabaseSetup(
    IDbContextFactory<OpdDbContext> dbFactory, FirstAdmin firstAdmin, DemoData demoData, TemplateSetup templates, ILogger<DatabaseSetup> logger)
{
    public sealed record Options(bool Migrate, bool DemoData, string? AdminKey, string? AdminPassword = null);

    public async Task Run(Options options, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (options.Migrate)
                await db.Database.MigrateAsync(ct);
            else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                throw new InvalidOperationException(
                    "The database schema is not up to date. Run './opd migrate', or start with OPD_MIGRATE_ON_START=true.");
            await AddMissingDepartments(db, ct);
        }
        await templates.AddMissing(ct);
        if (await firstAdmin.Ensure(options.AdminKey, ct) is { } generated)
            logger.LogWarning(
                "Created the staff user 'admin' with the API key {ApiKey} . It is shown only this once: keep it safe " +
                "(set OPD_ADMIN_API_KEY to choose your own, or issue more keys with 'opd staff key').", generated);
        if (await firstAdmin.EnsurePassword(options.AdminPassword, ct) is { } password)
            logger.LogWarning(
                "The staff user 'admin' signs in to the staff pages (/staff) with the password {Password} . It is shown only this once " +
                "(set OPD_ADMIN_PASSWORD to choose your own, or change it with 'opd staff password admin').", password);
        if (options.DemoData)
            await demoData.AddIfEmpty(ct);
    }

    private static async Task AddMissingDepartments(OpdDbContext db, CancellationToken ct)
    {
        var existing = await db.Departments.Select(d => d.Code).ToListAsync(ct);
        var missing = DepartmentCatalog.Defaults().Where(d => !existing.Contains(d.Code)).ToList();
        if (missing.Count == 0)
            return;
        db.Departments.AddRange(missing);
        await db.SaveChangesAsync(ct);
    }
}
