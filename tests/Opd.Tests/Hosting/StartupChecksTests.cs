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

    [Theory]
    [InlineData("OPD_ADMIN_PASSWORD", "short-pass1", "12")]
    [InlineData("OPD_ADMIN_API_KEY", "opd_only_31_characters_long_key", "32")]
    public async Task WeakChosenAdminSecret_RefusesToStart(string setting, string value, string rule)
    {
        await using var app = new OpdApp(await postgres.CreateDatabase(), new() { [setting] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Server).ToString();
        Assert.Contains(setting, error);
        Assert.Contains(rule, error);
    }
}
