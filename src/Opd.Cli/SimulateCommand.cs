using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Common;
using Opd.Core.Simulation;

namespace Opd.Cli;

internal static class SimulateCommand
{
    public static Command Create()
    {
        var doctors = new Option<int>("--doctors") { Description = "How many doctors (at least 3).", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random arrivals, to replay a day.", DefaultValueFactory = _ => 7 };
        var command = new Command("simulate",
            "Play one OPD morning with new doctors through the real handlers, in a scratch database beside the configured one " +
            "(dropped afterwards), and check capacity, numbering and queue order. Exits with 1 if any of them breaks.") { doctors, seed };
        var clock = new SimulatedClock(DateTimeOffset.UtcNow);
        command.SetAction((parse, ct) => CliHost.Run(async (services, token) =>
        {
            var count = parse.GetValue(doctors);
            if (count is < 3 or > 20)
                return Outcome.Fail(ValidationError.For("doctors", "Simulate with 3 to 20 doctors."));
            var clinic = services.GetRequiredService<ClinicClock>();
            clock.Now = clinic.AtClinicTime(clinic.Today.AddDays(7).ToDateTime(new TimeOnly(8, 0)));
            var setup = await services.GetRequiredService<OpdDay>().Play(count, parse.GetValue(seed), Console.Out, token);
            var report = await services.GetRequiredService<DayReport>().Build(setup.DoctorIds, token);
            foreach (var line in report.Lines)
                Console.WriteLine(line);
            foreach (var violation in report.Violations)
                Console.Error.WriteLine($"INVARIANT BROKEN: {violation}");
            Console.WriteLine(report.Violations.Count == 0 ? "All invariants held." : $"{report.Violations.Count} invariants broken.");
            return report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }, needsSchema: false, ct, s => s
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(clock)
            .AddSingleton<OpdDay>()
            .AddSingleton<DayReport>(), scratch: true));
        return command;
    }
}
