using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>A first start on a new machine: the embedded cluster, generated credentials, nothing chosen.</summary>
public sealed class FirstStartFixture : IAsyncLifetime
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), $"opd-first-{Guid.NewGuid():N}");
    public RecordedLogs Logs { get; } = new();
    public OpdApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new OpdApp("", new() { ["OPD_DATA_DIR"] = DataDir, ["OPD_ADMIN_API_KEY"] = "", ["OPD_ADMIN_PASSWORD"] = "" },
            services: s => s.AddSingleton<ILoggerProvider>(Logs));
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);
    }
}

public sealed class FirstStartSecretsTests(FirstStartFixture start) : IClassFixture<FirstStartFixture>
{
    private string CredentialsFile => Path.Combine(start.DataDir, "admin-credentials.txt");

    private string Credential(string name) =>
        File.ReadAllLines(CredentialsFile).Single(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];

    [Fact]
    public async Task GeneratedKeyAndPassword_AreInAnOwnerOnlyFile_ThatTheLogNames()
    {
        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(CredentialsFile));
        var key = Credential("api_key");
        Assert.StartsWith("opd_", key);
        Assert.True(Credential("password").Length >= 12);
        Assert.Equal(HttpStatusCode.OK, (await start.App.Staff(key).Get("/api/staff")).Status);
        Assert.Contains(start.Logs.Lines, l => l.Contains(CredentialsFile));
    }

    [Fact]
    public void TheLog_HoldsNeitherSecret()
    {
        var (key, password) = (Credential("api_key"), Credential("password"));
        Assert.NotEmpty(start.Logs.Lines);
        Assert.DoesNotContain(start.Logs.Lines, l => l.Contains(key) || l.Contains(password));
    }

    [Fact]
    public void DatabasePasswordFiles_AreOwnerOnly()
    {
        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(Path.Combine(start.DataDir, "pg-password")));
        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(Path.Combine(start.DataDir, "pg-app-password")));
    }

    [Fact]
    public async Task TheServer_ConnectsAsARoleThatIsNoSuperuser_AndOwnsTheTables()
    {
        var source = start.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using var super = source.CreateCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
        Assert.False((bool)(await super.ExecuteScalarAsync())!);
        await using var owners = source.CreateCommand(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user");
        Assert.Equal(0L, (long)(await owners.ExecuteScalarAsync())!);
        await using var create = source.CreateCommand("CREATE DATABASE opd_not_allowed");
        Assert.Equal("42501", (await Assert.ThrowsAsync<PostgresException>(() => create.ExecuteNonQueryAsync())).SqlState);
    }
}
