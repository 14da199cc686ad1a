using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Retention;

namespace Opd.Cli;

internal static class ArchiveCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--older-than-days") { Description = "Archive finished tokens booked more than this many days ago.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count what would be archived; change nothing." };
        var command = new Command("archive",
            "Move completed, cancelled and no-show tokens older than the given age to token_archive and remove them from the working tables. Active tokens are never touched.")
            { days, dryRun };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var dry = parse.GetValue(dryRun);
            var result = await services.GetRequiredService<ArchiveOldTokens>().Handle(parse.GetValue(days), dry,
                n => Console.Error.WriteLine($"  {n:N0} tokens archived…"), token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            var s = result.Value!;
            var breakdown = s.ByStatus.Count == 0 ? "" : $" ({string.Join(", ", s.ByStatus.Select(x => $"{x.Key} {x.Value}"))})";
            Console.WriteLine(dry
                ? $"Dry run: {s.Tokens:N0} finished tokens booked before {s.Cutoff:yyyy-MM-dd} would be archived{breakdown}. Nothing was changed."
                : $"Archived {s.Tokens:N0} finished tokens booked before {s.Cutoff:yyyy-MM-dd}{breakdown}.");
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }
}
