using Npgsql;

namespace Opd.Cli;

/// <summary>A throw-away database on the same server, dropped when disposed.</summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ScratchDatabase(string server, string name, string connectionString) =>
        (_server, _name, ConnectionString) = (server, name, connectionString);

    public string ConnectionString { get; }

    /// <param name="adminConnectionString">
    /// The embedded cluster's superuser: the application's role may not create databases, so the
    /// superuser makes this one and gives it to that role. Null for a configured server.
    /// </param>
    public static async Task<ScratchDatabase> Create(string connectionString, string? adminConnectionString, CancellationToken ct)
    {
        var name = $"opd_scratch_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(adminConnectionString ?? connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        var owner = adminConnectionString is null ? "" : $" OWNER \"{new NpgsqlConnectionStringBuilder(connectionString).Username}\"";
        await Execute(server, $"CREATE DATABASE {name}{owner}", ct);
        return new ScratchDatabase(server, name, new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync() => await Execute(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", CancellationToken.None);

    private static async Task Execute(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
