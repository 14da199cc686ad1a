using System.CommandLine;
using Opd.Cli;
using Opd.Cli.Staff;

var root = new RootCommand("OPD Token Engine administration. Uses ConnectionStrings__Opd, or the embedded database in OPD_DATA_DIR.");
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(StaffCommands.Create());
root.Subcommands.Add(SimulateCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(UpcomingCommand.Create());
root.Subcommands.Add(ArchiveCommand.Create());
root.Subcommands.Add(ChatEvalCommand.Create());
root.Subcommands.Add(McpCommand.Create());
root.Subcommands.Add(BackupCommands.Backup());
root.Subcommands.Add(BackupCommands.Restore());
return await root.Parse(args).InvokeAsync();
