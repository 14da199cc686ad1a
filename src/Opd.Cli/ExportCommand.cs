using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Transfer;

namespace Opd.Cli;

internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv (every column, for spreadsheets) or json (the earlier system's record format).", DefaultValueFactory = _ => "csv" };
        var from = new Option<DateOnly?>("--from") { Description = "First booking date, YYYY-MM-DD." };
        var to = new Option<DateOnly?>("--to") { Description = "Last booking date, YYYY-MM-DD." };
        var department = new Option<string?>("--department") { Description = "Only this department (code, e.g. cardiology)." };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write (default bookings_export_<time>.<format> here)." };
        var command = new Command("export", "Export tokens to CSV or JSON, streamed, with progress on standard error.") { format, from, to, department, output };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var kind = parse.GetValue(format)?.Trim().ToLowerInvariant();
            if (kind is not ("csv" or "json"))
                return Outcome.Fail(ValidationError.For("format", "The format must be csv or json."));
            var path = parse.GetValue(output)?.FullName ?? $"bookings_export_{DateTime.UtcNow:yyyyMMdd_HHmmss}.{kind}";
            var filter = new ExportTokens.Filter(parse.GetValue(from), parse.GetValue(to), parse.GetValue(department));
            var export = services.GetRequiredService<ExportTokens>();
            void Progress(int n) => Console.Error.WriteLine($"  {n:N0} tokens written…");
            // Patients' names and phones: readable by this account only, from the start.
            await using (var file = SecretFiles.Create(path))
            {
                var count = kind == "csv" ? await export.Csv(file, filter, Progress, token) : await export.Json(file, filter, Progress, token);
                Console.WriteLine($"Wrote {count:N0} tokens to {path}.");
            }
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }
}
