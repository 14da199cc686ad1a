using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Opd.Core.Data;
using Opd.Core.Database;

[assembly: AssemblyFixture(typeof(Opd.Tests.Infrastructure.PostgresFixture))]

namespace Opd.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL cluster for the whole test run, started the same way the server starts its
/// embedded one. A template database is migrated once; each test class gets a fresh copy of it.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string Template = "opd_template";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"opd-tests-{Guid.NewGuid():N}");
    private EmbeddedPostgres? _server;

    public string ServerConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _server = await EmbeddedPostgres.Start(new EmbeddedPostgresOptions(_dataDir) { Durable = false },
            NullLogger.Instance, CancellationToken.None);
        // The superuser: the fixture makes a database per test class.
        ServerConnectionString = new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = "postgres" }.ConnectionString;
        var template = ConnectionStringFor(Template);
        await using (var db = new OpdDbContext(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql(template).Options))
            await db.Database.MigrateAsync();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new, migrated, empty database.</summary>
    public async Task<string> CreateDatabase()
    {
        var name = $"opd_{Guid.NewGuid():N}";
        await Execute($"CREATE DATABASE {name} TEMPLATE {Template}");
        return ConnectionStringFor(name);
    }

    public async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, MaxPoolSize = 120 }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
            await _server.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
