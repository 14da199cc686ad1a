using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Messages;
using Opd.Core.Staff;

namespace Opd.Core.Database;

/// <summary>Brings a database up to date: schema migrations, the reference departments, the message templates, the first admin, demo data.</summary>
public sealed class DatabaseSetup(
    IDbContextFactory<OpdDbContext> dbFactory, FirstAdmin firstAdmin, DemoData demoData, TemplateSetup templates, TimeProvider time,
    ILogger<DatabaseSetup> logger)
{
    /// <param name="CredentialsDirectory">Where generated first-admin credentials are written; null drops them (a scratch database).</param>
    public sealed record Options(bool Migrate, bool DemoData, string? AdminKey, string? AdminPassword = null, string? CredentialsDirectory = null);

    public const string CredentialsFile = "admin-credentials.txt";

    public async Task Run(Options options, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (options.Migrate)
            {
                // On an empty database the migrator reads its history table before creating it and logs that
                // read as a failed command; creating it first keeps a first start's log free of a false error.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                await db.Database.MigrateAsync(ct);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                throw new InvalidOperationException(
                    "The database schema is not up to date. Run './opd migrate', or start with OPD_MIGRATE_ON_START=true.");
            await AddMissingDepartments(db, ct);
        }
        await templates.AddMissing(ct);
        var key = await firstAdmin.Ensure(options.AdminKey, ct);
        var password = await firstAdmin.EnsurePassword(options.AdminPassword, ct);
        if (key is not null || password is not null)
            await KeepCredentials(options.CredentialsDirectory, key, password, ct);
        if (options.DemoData)
            await demoData.AddIfEmpty(ct);
    }

    /// <summary>
    /// Generated secrets go to a file only this account can read, never to the log: journald and log
    /// collectors keep every line for a long time, and more people read them than run the server.
    /// </summary>
    private async Task KeepCredentials(string? directory, string? key, string? password, CancellationToken ct)
    {
        if (directory is null)
            return;
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, CredentialsFile));
        var lines = $"# The staff user '{FirstAdmin.Username}', created {time.GetUtcNow():u}. Keep these somewhere safe, then delete this file.\n"
            + $"username: {FirstAdmin.Username}\n"
            + (key is null ? "" : $"api_key: {key}\n")
            + (password is null ? "" : $"password: {password}\n");
        await SecretFiles.Append(path, lines, ct);
        logger.LogWarning(
            "The staff user '{User}' got a new {What}: see {File} (readable only by this account). Copy it somewhere safe, then delete the file; " +
            "set OPD_ADMIN_API_KEY and OPD_ADMIN_PASSWORD to choose your own.",
            FirstAdmin.Username, key is not null && password is not null ? "API key and password" : key is not null ? "API key" : "password", path);
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
