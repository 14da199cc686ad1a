using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Database;

namespace Opd.Cli;

/// <summary>opd backup | restore, around pg_dump and pg_restore.</summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var output = new Option<FileInfo?>("--out") { Description = "The backup file (default opd_backup_<time>.dump here)." };
        var command = new Command("backup", "Back up the whole database (embedded or configured) with pg_dump's custom format.") { output };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"opd_backup_{DateTime.UtcNow:yyyyMMdd_HHmmss}.dump");
            var database = services.GetRequiredService<CliDatabase>();
            Console.Error.WriteLine("Backing up…");
            await DatabaseBackup.Backup(database.ConnectionString, path, database.BinDirectory, token);
            Console.WriteLine($"Backed up to {path} ({new FileInfo(path).Length:N0} bytes).");
            return ExitCodes.Ok;
        }, needsSchema: false, ct));
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<FileInfo>("file") { Description = "A file made by 'opd backup'." };
        var command = new Command("restore",
            "Replace the database's contents with a backup, in one transaction. Stop the server first.") { file };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                return Outcome.Fail(new NotFoundError($"There is no file {path.FullName}."));
            var database = services.GetRequiredService<CliDatabase>();
            Console.Error.WriteLine("Restoring…");
            await DatabaseBackup.Restore(database.ConnectionString, path.FullName, database.BinDirectory, token);
            Console.WriteLine($"Restored {path.FullName}.");
            return ExitCodes.Ok;
        }, needsSchema: false, ct));
        return command;
    }
}
