using Npgsql;
using Opd.Core.Common;

namespace Opd.Core.Database;

/// <summary>
/// Backups with PostgreSQL's own tools (pg_dump's custom format, pg_restore), for the embedded
/// cluster or any server. The password travels in the environment, never on a command line.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>A backup holds every patient's data: its file is made owner-only before pg_dump writes into it (which keeps the mode).</summary>
    public static async Task Backup(string connectionString, string file, string? binDirectory, CancellationToken ct)
    {
        await SecretFiles.Create(file).DisposeAsync();
        try
        {
            await Run("pg_dump", ["--format=custom", "--no-owner", $"--file={file}"], connectionString, binDirectory, "back up the database", ct);
        }
        catch
        {
            File.Delete(file);
            throw;
        }
    }

    /// <summary>Replaces the database's contents with the backup's (stop the server first).</summary>
    public static Task Restore(string connectionString, string file, string? binDirectory, CancellationToken ct) =>
        Run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", $"--dbname={new NpgsqlConnectionStringBuilder(connectionString).Database}", file],
            connectionString, binDirectory, "restore the database", ct);

    private static async Task Run(string tool, string[] args, string connectionString, string? binDirectory, string what, CancellationToken ct)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = c.Host ?? "127.0.0.1",
            ["PGPORT"] = c.Port.ToString(),
            ["PGUSER"] = c.Username ?? "",
            ["PGPASSWORD"] = c.Password ?? "",
            ["PGDATABASE"] = c.Database ?? "",
        };
        var outcome = await new ProcessRunner(null).Run(Path.Combine(PostgresBinaries.Find(binDirectory), tool), args, ct, environment: environment);
        if (outcome.ExitCode != 0)
            throw new InvalidOperationException($"Could not {what}: {outcome.Output}");
    }
}
