using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Opd.Core.Database;

namespace Opd.Tests.Hosting;

public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"opd-embedded-{Guid.NewGuid():N}");

    [Fact]
    public async Task Restart_ReusesTheSameData()
    {
        await using (var first = await Start())
            await Execute(first.ConnectionString, "opd", "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        await using var second = await Start();
        Assert.Equal("still here", await Scalar(second.ConnectionString, "SELECT note FROM kept"));
    }

    [Fact]
    public async Task Cluster_ListensOnlyOnLoopbackAndNeedsThePassword()
    {
        await using var server = await Start();
        Assert.Equal("127.0.0.1", await Scalar(server.ConnectionString, "SELECT current_setting('listen_addresses')", "postgres"));
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Password = "guess", Database = "postgres" };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
        Assert.Equal("28P01", refused.SqlState);
    }

    [Fact]
    public async Task SecondProcessOnTheSameData_UsesTheRunningClusterAndLeavesItRunning()
    {
        await using var owner = await Start();
        var guest = await Start();
        Assert.Equal(owner.ConnectionString, guest.ConnectionString);
        await guest.DisposeAsync();
        Assert.Equal("1", await Scalar(owner.ConnectionString, "SELECT 1::text", "postgres"));
    }

    [Fact]
    public async Task TheApplicationRole_IsNoSuperuser_AndOwnsTheDatabase()
    {
        await using var server = await Start();
        Assert.Equal("false", await Scalar(server.ConnectionString, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal("opd_app", await Scalar(server.ConnectionString, "SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = current_database()"));
        Assert.Equal("true", await Scalar(server.AdminConnectionString, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
    }

    [Fact]
    public async Task Restart_HandsTheSuperusersTablesToTheApplicationRole()
    {
        // As an installation from before the role: its tables were made by the superuser.
        await using (var first = await Start())
            await Execute(first.AdminConnectionString, "opd", "CREATE TABLE legacy (id int GENERATED ALWAYS AS IDENTITY, note text)");
        await using var second = await Start();
        Assert.Equal("opd_app", await Scalar(second.ConnectionString, "SELECT tableowner::text FROM pg_tables WHERE tablename = 'legacy'"));
        await Execute(second.ConnectionString, "opd", "INSERT INTO legacy (note) VALUES ('mine now')");
    }

    private Task<EmbeddedPostgres> Start() =>
        EmbeddedPostgres.Start(new EmbeddedPostgresOptions(_dataDir) { Durable = false }, NullLogger.Instance, CancellationToken.None);

    private static async Task Execute(string connectionString, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> Scalar(string connectionString, string sql, string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        if (database is not null)
            builder.Database = database;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }
}
