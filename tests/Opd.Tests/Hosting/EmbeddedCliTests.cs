using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>The opd command on a machine with no configured database: the embedded cluster, as its application role.</summary>
public sealed class EmbeddedCliTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"opd-cli-embedded-{Guid.NewGuid():N}");

    private Task<OpdCli.Run> Opd(params string[] args) => OpdCli.Opd("", _dataDir, args);

    [Fact]
    public async Task Migrate_Backup_Restore_WorkAsTheApplicationRole()
    {
        var migrate = await Opd("migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Err);
        // The generated credentials are in the owner-only file; the console says where, never what.
        var credentials = Path.Combine(_dataDir, "admin-credentials.txt");
        Assert.Contains(credentials, migrate.Err + migrate.Out);
        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(credentials));
        var key = File.ReadAllLines(credentials).Single(l => l.StartsWith("api_key: "))["api_key: ".Length..];
        Assert.DoesNotContain(key, migrate.Err + migrate.Out);

        Assert.Equal(0, (await Opd("staff", "add", "before", "--role", "reception")).ExitCode);
        var file = Path.Combine(_dataDir, "backup.dump");
        var backup = await Opd("backup", "--out", file);
        Assert.True(backup.ExitCode == 0, backup.Err);
        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(file));
        Assert.Equal(0, (await Opd("staff", "add", "after", "--role", "doctor")).ExitCode);
        var restore = await Opd("restore", file);
        Assert.True(restore.ExitCode == 0, restore.Err);
        var listed = (await Opd("staff", "list")).Out;
        Assert.Contains("before", listed);
        Assert.DoesNotContain("after", listed);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }
}
