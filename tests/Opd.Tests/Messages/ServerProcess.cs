using System.Diagnostics;
using System.Text;

namespace Opd.Tests.Messages;

/// <summary>The web server as operators run it (dotnet Opd.Web.dll), for tests that must kill it outright.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <param name="settings">Configuration keys as environment variables (Notifications__Sms__Gateway...).</param>
    public static ServerProcess Start(string connectionString, IReadOnlyDictionary<string, string?> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Opd.Web.dll"));
        info.Environment["ConnectionStrings__Opd"] = connectionString;
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["OPD_DEMO_DATA"] = "false";
        info.Environment["OPD_ADMIN_API_KEY"] = "opd_test_process_key_0123456789abcdefghijkl";
        info.Environment["Queue__NoShowAfterSessionMinutes"] = "-1";
        info.Environment["Retention__Days"] = "0";
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__")] = value;
        var server = new ServerProcess(Process.Start(info)!);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    private void Append(string? line)
    {
        lock (_output)
            _output.AppendLine(line);
    }

    /// <summary>SIGKILL: no shutdown, no last write, as when the machine loses power.</summary>
    public async Task Kill()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await Kill();
        _process.Dispose();
    }
}
