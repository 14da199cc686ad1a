using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>The opd command, run as a real process against a real database.</summary>
public sealed class CliTests(PostgresFixture postgres)
{
    private static readonly string CliData = Path.Combine(Path.GetTempPath(), $"opd-cli-tests-{Environment.ProcessId}");

    private static Task<OpdCli.Run> Opd(string connectionString, params string[] args) => OpdCli.Opd(connectionString, CliData, args);

    private async Task<string> EmptyDatabase()
    {
        var name = $"opd_cli_{Guid.NewGuid():N}";
        await postgres.Execute($"CREATE DATABASE {name}");
        return postgres.ConnectionStringFor(name);
    }

    [Fact]
    public async Task Migrate_ThenStaffCommands_WorkAgainstTheDatabase()
    {
        var db = await EmptyDatabase();
        var early = await Opd(db, "staff", "list");
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("opd migrate", early.Err);

        var migrate = await Opd(db, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("up to date", migrate.Out);

        var added = await Opd(db, "staff", "add", "meera", "--role", "reception", "--name", "Meera Das");
        Assert.Equal(0, added.ExitCode);
        var key = added.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.StartsWith("opd_", key);

        var duplicate = await Opd(db, "staff", "add", "meera", "--role", "doctor");
        Assert.Equal(4, duplicate.ExitCode);
        var badRole = await Opd(db, "staff", "add", "ravi", "--role", "janitor");
        Assert.Equal(2, badRole.ExitCode);
        Assert.Equal(3, (await Opd(db, "staff", "key", "nobody")).ExitCode);

        var listed = await Opd(db, "staff", "list");
        Assert.Contains("meera\tMeera Das\treception", listed.Out);
        Assert.Contains("admin", listed.Out);

        var revoked = await Opd(db, "staff", "revoke", key[..12]);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Contains("revoked", (await Opd(db, "staff", "list")).Out);
        Assert.Equal(4, (await Opd(db, "staff", "revoke", key[..12])).ExitCode);
    }

    [Fact]
    public async Task Simulate_PlaysADayAndReportsEachSlot()
    {
        var db = await EmptyDatabase();
        Assert.Equal(0, (await Opd(db, "migrate")).ExitCode);
        var run = await Opd(db, "simulate", "--doctors", "3", "--seed", "3");
        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains("All invariants held.", run.Out);
        Assert.Equal(9, run.Out.Split('\n').Count(l => l.StartsWith("Dr Sim ")));
        Assert.Equal(2, (await Opd(db, "simulate", "--doctors", "1")).ExitCode);

        // The made-up day stayed in its scratch database, which is gone.
        await using var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var doctors = new Npgsql.NpgsqlCommand("SELECT count(*) FROM doctors", connection);
        Assert.Equal(0L, await doctors.ExecuteScalarAsync());
        await using var scratch = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname LIKE 'opd_scratch_%'", connection);
        Assert.Equal(0L, await scratch.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ImportLegacy_ReportsAndUsesExitCodes()
    {
        var db = await EmptyDatabase();
        Assert.Equal(0, (await Opd(db, "migrate")).ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"token_bookings_{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {"5d1f7c2a-1111-4a4a-9b9b-222233334444": {"token_id": "5d1f7c2a-1111-4a4a-9b9b-222233334444", "patient_name": "Asha Behera",
              "patient_phone": "9876500011", "patient_age": 29, "department": "pediatrics", "booking_date": "2026-10-05",
              "booking_time": "11:00:00", "token_number": 2, "status": "completed", "priority": "normal",
              "created_at": "2026-10-04T20:00:00", "updated_at": "2026-10-05T11:20:00"}}
            """);
        try
        {
            var dry = await Opd(db, "import-legacy", file, "--dry-run");
            Assert.Equal(0, dry.ExitCode);
            Assert.Contains("Would import 1 tokens", dry.Out);
            var run = await Opd(db, "import-legacy", file);
            Assert.Contains("Imported 1 tokens; skipped 0.", run.Out);
            Assert.Contains("Imported 0 tokens; skipped 1.", (await Opd(db, "import-legacy", file)).Out);

            var exported = file + ".csv";
            var export = await Opd(db, "export", "--format", "csv", "--from", "2026-10-01", "--to", "2026-10-31", "--out", exported);
            Assert.Equal(0, export.ExitCode);
            Assert.Contains("Wrote 1 tokens", export.Out);
            Assert.Contains("Asha Behera", await File.ReadAllTextAsync(exported));
            Assert.Equal(FileModes.OwnerOnly, FileModes.Of(exported));
            File.Delete(exported);
            Assert.Equal(2, (await Opd(db, "export", "--format", "xml")).ExitCode);

            var report = await Opd(db, "report", "--from", "2026-10-05");
            Assert.Equal(0, report.ExitCode);
            Assert.Contains("1 tokens", report.Out);
            Assert.Contains("completion 100", report.Out);
            Assert.Contains("\"booked\": 1", (await Opd(db, "report", "--from", "2026-10-01", "--to", "2026-10-31", "--json")).Out);
            Assert.Equal(2, (await Opd(db, "report", "--from", "2026-10-31", "--to", "2026-10-01")).ExitCode);
            Assert.Contains("No upcoming tokens.", (await Opd(db, "upcoming", "--days", "7")).Out);
            Assert.Equal(2, (await Opd(db, "upcoming", "--days", "0")).ExitCode);
            // The imported token was completed on 5 October 2026, more than 30 days before any day these tests run.
            var dryArchive = await Opd(db, "archive", "--older-than-days", "30", "--dry-run");
            Assert.Contains("Dry run: 1 finished tokens", dryArchive.Out);
            Assert.Contains("Archived 1 finished tokens", (await Opd(db, "archive", "--older-than-days", "30")).Out);
            Assert.Contains("Dry run: 0 finished tokens", (await Opd(db, "archive", "--older-than-days", "30", "--dry-run")).Out);
            await File.WriteAllTextAsync(file, "{ broken");
            Assert.Equal(2, (await Opd(db, "import-legacy", file)).ExitCode);
            Assert.Equal(3, (await Opd(db, "import-legacy", file + ".missing")).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Backup_ThenRestore_BringsBackTheData()
    {
        var db = await EmptyDatabase();
        Assert.Equal(0, (await Opd(db, "migrate")).ExitCode);
        Assert.Equal(0, (await Opd(db, "staff", "add", "before", "--role", "reception")).ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"opd_{Guid.NewGuid():N}.dump");
        try
        {
            var backup = await Opd(db, "backup", "--out", file);
            Assert.True(backup.ExitCode == 0, backup.Err);
            Assert.True(new FileInfo(file).Length > 0);
            Assert.Equal(FileModes.OwnerOnly, FileModes.Of(file));
            Assert.Equal(0, (await Opd(db, "staff", "add", "after", "--role", "doctor")).ExitCode);

            var restore = await Opd(db, "restore", file);
            Assert.True(restore.ExitCode == 0, restore.Err);
            var listed = (await Opd(db, "staff", "list")).Out;
            Assert.Contains("before", listed);
            Assert.DoesNotContain("after", listed);
            Assert.Equal(3, (await Opd(db, "restore", file + ".missing")).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Help_DescribesEveryCommand()
    {
        var help = await Opd("Host=127.0.0.1;Port=1", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("migrate", help.Out);
        Assert.Contains("staff", help.Out);
        Assert.Contains("simulate", help.Out);
        Assert.Contains("import-legacy", help.Out);
        Assert.Contains("export", help.Out);
        Assert.Contains("report", help.Out);
        Assert.Contains("backup", help.Out);
        Assert.Contains("restore", help.Out);
        Assert.Contains("upcoming", help.Out);
        Assert.Contains("archive", help.Out);
        Assert.Contains("chat-eval", help.Out);
        Assert.Contains("mcp", help.Out);
        var eval = await Opd("Host=127.0.0.1;Port=1", "chat-eval");
        Assert.Equal(0, eval.ExitCode);
        Assert.Matches(@"Overall: \d+ / \d+ = ", eval.Out);
        Assert.Contains("book ", eval.Out);
        Assert.Contains("By language:", eval.Out);
        var staffHelp = await Opd("Host=127.0.0.1;Port=1", "staff", "--help");
        foreach (var command in new[] { "add", "key", "revoke", "list" })
            Assert.Contains(command, staffHelp.Out);
    }
}
