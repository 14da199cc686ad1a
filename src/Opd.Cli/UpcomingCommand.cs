using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Reports;
using Opd.Core.Tokens;

namespace Opd.Cli;

internal static class UpcomingCommand
{
    public static Command Create()
    {
        var days = new Option<int?>("--days") { Description = "How many days from today (default 7)." };
        var department = new Option<string?>("--department") { Description = "Only this department (code)." };
        var command = new Command("upcoming", "Pending and confirmed tokens from today for the next days, by date and time.") { days, department };
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var result = await services.GetRequiredService<UpcomingAppointments>().Handle(parse.GetValue(days), parse.GetValue(department), token);
            if (!result.IsSuccess)
                return Outcome.Fail(result.Error!);
            foreach (var day in result.Value!.GroupBy(t => t.BookingDate))
            {
                Console.WriteLine($"{day.Key:yyyy-MM-dd ddd}: {day.Count()} tokens");
                foreach (var t in day)
                    Console.WriteLine($"  {t.BookingTime:HH:mm}  {t.DepartmentCode,-16} #{t.TokenNumber,-4} {TokenText.Status(t.Status),-9} {t.DoctorName ?? "-",-20} {t.PatientName}");
            }
            if (result.Value!.Count == 0)
                Console.WriteLine("No upcoming tokens.");
            return ExitCodes.Ok;
        }, needsSchema: true, ct));
        return command;
    }
}
