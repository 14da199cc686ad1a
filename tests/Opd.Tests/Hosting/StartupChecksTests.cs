using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>Misconfiguration stops the server at start with a sentence that says what to do.</summary>
public sealed class StartupChecksTests(PostgresFixture postgres)
{
    [Fact]
    public async Task UnmigratedDatabase_WithoutMigrateOnStart_RefusesToStart()
    {
        var name = $"opd_empty_{Guid.NewGuid():N}";
        await postgres.Execute($"CREATE DATABASE {name}");
        await using var app = new OpdApp(postgres.ConnectionStringFor(name), new() { ["OPD_MIGRATE_ON_START"] = "false" });
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("opd migrate", error.ToString());
    }

    [Fact]
    public async Task UnknownTimeZone_RefusesToStart()
    {
        await using var app = new OpdApp(await postgres.CreateDatabase(), new() { ["Clinic:TimeZone"] = "Mars/Olympus" });
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Clinic:TimeZone", error.ToString());
    }
}
