using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Opd.Core;
using Opd.Core.Data;
using Opd.Core.Database;

namespace Opd.Cli;

/// <summary>Exit codes that scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;
    public const int NotFound = 3;
    public const int Conflict = 4;
}

/// <summary>The database the command works on, for the tools that talk to PostgreSQL directly.</summary>
public sealed record CliDatabase(string ConnectionString, string? BinDirectory);

/// <summary>Opens the same database the server uses (configured, or the embedded one) and the same handlers.</summary>
public static class CliHost
{
    /// <param name="scratch">
    /// Run on a new database beside the configured one, migrated for the occasion and dropped
    /// afterwards, so that made-up data never reaches the clinic's own.
    /// </param>
    public static async Task<int> Run(Func<IServiceProvider, CancellationToken, Task<int>> work, bool needsSchema, CancellationToken ct,
        Action<IServiceCollection>? configure = null, bool scratch = false)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        // Logs go to stderr so that stdout carries only results (a new key, a listing) for scripts.
        using var loggers = LoggerFactory.Create(l => l
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None)
            .SetMinimumLevel(LogLevel.Information));
        try
        {
            await using var database = await OpdDatabase.Open(configuration, loggers.CreateLogger("Opd.Database"), ct);
            await using var scratchDatabase = scratch ? await ScratchDatabase.Create(database.ConnectionString, database.AdminConnectionString, ct) : null;
            var connectionString = scratchDatabase?.ConnectionString ?? database.ConnectionString;
            var collection = new ServiceCollection()
                .AddSingleton(loggers)
                .AddLogging()
                .AddSingleton(new CliDatabase(connectionString, configuration["OPD_PG_BIN"]))
                .AddOpdCore(configuration, connectionString)
                // No screen watches a line from the CLI; the server's screens catch up on their next change or reconnect.
                .AddSingleton<Opd.Core.Queue.IQueueEvents, Opd.Core.Queue.NoQueueEvents>();
            configure?.Invoke(collection);
            var services = collection.BuildServiceProvider();
            await using (services)
            {
                if (scratch)
                    await services.GetRequiredService<DatabaseSetup>().Run(new DatabaseSetup.Options(Migrate: true, DemoData: false, AdminKey: null), ct);
                else if (needsSchema && await HasPendingMigrations(services, ct))
                {
                    await Console.Error.WriteLineAsync("The database schema is not up to date: run 'opd migrate' first.");
                    return ExitCodes.Failed;
                }
                return await work(services, ct);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Failed;
        }
    }

    private static async Task<bool> HasPendingMigrations(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpdDbContext>>().CreateDbContextAsync(ct);
        return (await db.Database.GetPendingMigrationsAsync(ct)).Any();
    }
}
