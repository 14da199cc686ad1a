using System.Diagnostics;

namespace Opd.Core.Database;

/// <summary>Runs a PostgreSQL tool, as another user when we are root (the server refuses to run as root).</summary>
internal sealed class ProcessRunner(string? runAs)
{
    public sealed record Outcome(int ExitCode, string Output);

    public async Task<Outcome> Run(string file, IEnumerable<string> args, CancellationToken ct, bool newSession = false,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var argv = new List<string>();
        if (runAs is not null)
            argv.AddRange(["runuser", "-u", runAs, "--"]);
        // A session of its own keeps Ctrl-C in the terminal from reaching the database directly:
        // the server stops it cleanly after the last request instead.
        if (newSession)
            argv.Add("setsid");
        argv.Add(file);
        argv.AddRange(args);

        var info = new ProcessStartInfo(argv[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in argv.Skip(1))
            info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Outcome(process.ExitCode, (await stdout + await stderr).Trim());
    }
}
