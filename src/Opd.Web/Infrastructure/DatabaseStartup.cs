using Opd.Core.Database;

namespace Opd.Web.Infrastructure;

/// <summary>Migrates and seeds the database before the server accepts its first request.</summary>
public sealed class DatabaseStartup(DatabaseSetup setup, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => setup.Run(new DatabaseSetup.Options(
        Migrate: configuration.GetValue("OPD_MIGRATE_ON_START", true),
        DemoData: configuration.GetValue("OPD_DEMO_DATA", true),
        AdminKey: configuration["OPD_ADMIN_API_KEY"],
        AdminPassword: configuration["OPD_ADMIN_PASSWORD"],
        CredentialsDirectory: OpdDatabase.DataDirectory(configuration)), ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
