namespace Opd.Core.Database;

/// <summary>Finds the machine's PostgreSQL server programs (Debian keeps them out of PATH).</summary>
internal static class PostgresBinaries
{
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServer(configured) ? configured
                : throw new InvalidOperationException($"OPD_PG_BIN is set to '{configured}', but initdb and pg_ctl are not there.");

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(d => HasServer(d.Bin))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(HasServer);
        return debian.Concat(onPath).FirstOrDefault()
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed. Install it (apt-get install postgresql), set OPD_PG_BIN to its bin directory, " +
                "or point ConnectionStrings__Opd at an existing server.");
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
