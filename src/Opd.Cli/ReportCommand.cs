using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Reports;

namespace Opd.Cli;

internal static class ReportCommand
{
    public static Command Create()
    {
        var from = new Option<DateOnly>("--from") { Description = "First booking date, YYYY-MM-DD.", Required = true };
        var to = new Option<DateOnly?>("--to") { Description = "Last booking date (default: the first, which makes it the daily report)." };
        var department = new Option<string?>("--department") { Description = "Only this department (code)." };
        var doctor = new Option<int?>("--doctor") { Description = "Only this doctor (id)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON, as GET /api/reports gives it." };
        var command = new Command("report", "The OPD's figures for a day or a date range: totals, rates, waits and breakdowns.")
            { from, to, department, doctor, json };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var first = parse.GetValue(from);
            var result = await services.GetRequiredService<OpdReport>().Handle(
                new OpdReport.Query(first, parse.GetValue(to) ?? first, parse.GetValue(department), parse.GetValue(doctor)), token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            var r = result.Value!;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(r, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true }));
                return ExitCodes.Ok;
            }
            Console.WriteLine($"OPD report {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}: {r.Booked} tokens");
            Console.WriteLine($"  completion {Percent(r.Rates.Completion)}, cancellation {Percent(r.Rates.Cancellation)}, no-show {Percent(r.Rates.NoShow)}, walk-in {Percent(r.Rates.WalkInShare)}");
            Console.WriteLine($"  wait to be seen: average {r.Waits.AverageMinutes?.ToString() ?? "-"} min, P50 {r.Waits.P50Minutes?.ToString() ?? "-"}, P90 {r.Waits.P90Minutes?.ToString() ?? "-"} ({r.Waits.Count} seen)");
            foreach (var (title, rows) in new[] { ("status", r.ByStatus), ("department", r.ByDepartment), ("doctor", r.ByDoctor), ("source", r.BySource) })
                Console.WriteLine($"  by {title}: {string.Join(", ", rows.Select(x => $"{x.Key} {x.Value}"))}");
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }

    private static string Percent(double? ratio) => ratio is null ? "-" : $"{ratio:P1}";
}
