using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Opd.Core;
using Opd.Core.Common;
using Opd.Core.Simulation;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>One simulated OPD morning through the handlers on a fresh database.</summary>
public sealed class SimulationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task SimulatedDay_KeepsEveryInvariant_AndTheCheckCatchesABrokenCounter()
    {
        var connectionString = await postgres.CreateDatabase();
        var clock = new SimulatedClock(FixedClock.Clinic(2026, 11, 24, 8));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddOpdCore(new ConfigurationBuilder().Build(), connectionString)
            .AddSingleton<Opd.Core.Queue.IQueueEvents, Opd.Core.Queue.NoQueueEvents>()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(clock)
            .AddSingleton<OpdDay>()
            .AddSingleton<DayReport>()
            .BuildServiceProvider();
        await services.GetRequiredService<Opd.Core.Database.DatabaseSetup>().Run(new(Migrate: false, DemoData: false, AdminKey: null), CancellationToken.None);

        var setup = await services.GetRequiredService<OpdDay>().Play(4, seed: 11, TextWriter.Null, CancellationToken.None);
        var report = await services.GetRequiredService<DayReport>().Build(setup.DoctorIds, CancellationToken.None);
        Assert.Empty(report.Violations);
        Assert.Equal(1 + 4 * 3, report.Lines.Count);
        await using (var db = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Opd.Core.Data.OpdDbContext>>().CreateDbContext())
        {
            var tokens = db.Tokens.Where(t => t.DoctorId != null && setup.DoctorIds.Contains(t.DoctorId.Value)).ToList();
            foreach (var source in Enum.GetValues<Opd.Core.Tokens.TokenSource>())
                Assert.Contains(tokens, t => t.Source == source);
            Assert.Contains(tokens, t => t.Status == Opd.Core.Tokens.TokenStatus.Cancelled);
            Assert.Contains(tokens, t => t.Status == Opd.Core.Tokens.TokenStatus.NoShow);
            Assert.Contains(report.Lines, l => l.Contains("\tyes\t"));
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var corrupt = new NpgsqlCommand($"UPDATE slots SET booked_count = booked_count + 1 WHERE doctor_id = {setup.DoctorIds[1]}", connection);
            await corrupt.ExecuteNonQueryAsync();
        }
        var broken = await services.GetRequiredService<DayReport>().Build(setup.DoctorIds, CancellationToken.None);
        Assert.Equal(3, broken.Violations.Count);
        NpgsqlConnection.ClearAllPools();
    }
}
