using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Transfer;

namespace Opd.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The earlier system's token_bookings.json." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be imported and skipped, and change nothing." };
        var command = new Command("import-legacy",
            "Import the bookings of the earlier token system (token_bookings.json), keeping ids, numbers, statuses and times. " +
            "Importing the same file again changes nothing.") { file, dryRun };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                return Outcome.Fail(new NotFoundError($"There is no file {path.FullName}."));
            await using var stream = path.OpenRead();
            var result = await services.GetRequiredService<ImportLegacyBookings>().Handle(stream, parse.GetValue(dryRun), token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            var report = result.Value!;
            Console.WriteLine($"{(parse.GetValue(dryRun) ? "Would import" : "Imported")} {report.Imported} tokens; skipped {report.Skipped.Count}.");
            foreach (var skipped in report.Skipped)
                Console.WriteLine($"  skipped {skipped.Key}: {skipped.Reason}");
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }
}
