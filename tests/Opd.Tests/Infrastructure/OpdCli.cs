using System.Diagnostics;

namespace Opd.Tests.Infrastructure;

/// <summary>The opd command as a real process.</summary>
public static class OpdCli
{
    public sealed record Run(int ExitCode, string Out, string Err);

    /// <param name="connectionString">Empty for the embedded cluster in <paramref name="dataDir"/>.</param>
    /// <param name="dataDir">OPD_DATA_DIR, where 'migrate' writes the first admin's generated credentials (never the working directory).</param>
    public static Task<Run> Opd(string connectionString, string dataDir, params string[] args) => Opd(connectionString, dataDir, null, args);

    /// <param name="settings">More configuration keys (Notifications:Sms:Gateway...), as environment variables.</param>
    public static async Task<Run> Opd(string connectionString, string dataDir, IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "opd.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["ConnectionStrings__Opd"] = connectionString;
        info.Environment["OPD_ADMIN_API_KEY"] = "";
        info.Environment["OPD_DATA_DIR"] = dataDir;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            info.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Bounded: a command that hangs fails its test instead of the whole run.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
