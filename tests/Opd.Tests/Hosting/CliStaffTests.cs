using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>opd staff deactivate | activate, as a real process.</summary>
public sealed class CliStaffTests(PostgresFixture postgres)
{
    private static readonly string CliData = Path.Combine(Path.GetTempPath(), $"opd-cli-staff-{Environment.ProcessId}");

    [Fact]
    public async Task Deactivate_ThenActivate_AndUnknownOrLastAdmin()
    {
        var db = await postgres.CreateDatabase();
        Task<OpdCli.Run> Opd(params string[] args) => OpdCli.Opd(db, CliData, args);
        Assert.Equal(0, (await Opd("staff", "add", "ravi", "--role", "doctor")).ExitCode);
        Assert.Equal(0, (await Opd("staff", "add", "boss", "--role", "admin")).ExitCode);

        var off = await Opd("staff", "deactivate", "ravi");
        Assert.True(off.ExitCode == 0, off.Err);
        Assert.Contains("ravi\travi\tdoctor\tinactive", (await Opd("staff", "list")).Out);
        Assert.Equal(0, (await Opd("staff", "activate", "ravi")).ExitCode);
        Assert.Contains("ravi\travi\tdoctor\tactive", (await Opd("staff", "list")).Out);
        Assert.Equal(3, (await Opd("staff", "deactivate", "nobody")).ExitCode);
        var last = await Opd("staff", "deactivate", "boss");
        Assert.Equal(4, last.ExitCode);
        Assert.Contains("last active admin", last.Err);
    }
}
