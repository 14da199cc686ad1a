using System.Diagnostics;
using System.Net.Sockets;

namespace Opd.Tests.Infrastructure;

/// <summary>
/// Debian's nginx as a real process, with the site configuration of deploy/nginx (only its ports,
/// certificate and upstream substituted) and a self-signed certificate made by openssl, in front of a
/// server on <c>upstreamPort</c>. Disposing stops it.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string SiteFile = "deploy/nginx/opd-token-engine.conf";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"opd-nginx-{Guid.NewGuid():N}");
    private Process? _nginx;

    private NginxProxy()
    {
        HttpPort = FreePort();
        do
            HttpsPort = FreePort();
        while (HttpsPort == HttpPort);
    }

    public int HttpPort { get; }
    public int HttpsPort { get; }
    public string HttpsUrl => $"https://127.0.0.1:{HttpsPort}";
    public string HttpUrl => $"http://127.0.0.1:{HttpPort}";

    public static async Task<NginxProxy> Start(int upstreamPort)
    {
        var proxy = new NginxProxy();
        try
        {
            await proxy.Run(upstreamPort);
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
        return proxy;
    }

    private async Task Run(int upstreamPort)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is missing: ./test.sh installs Debian's nginx (scripts/prerequisites.sh).");
        Directory.CreateDirectory(_dir);
        // The workers may run as another user than the test (nobody, under root): they write their temporary files here.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_dir, (UnixFileMode)0b111_111_111);
        var (cert, key) = (Path.Combine(_dir, "cert.pem"), Path.Combine(_dir, "key.pem"));
        await Exec("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=opd.example.org",
            "-addext", "subjectAltName=DNS:opd.example.org,IP:127.0.0.1", "-keyout", key, "-out", cert);

        var site = Substitute(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), SiteFile)),
            ("listen 80;", $"listen 127.0.0.1:{HttpPort};"),
            ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{HttpsPort} ssl http2;"),
            ("listen [::]:443 ssl http2;", ""),
            ("/etc/letsencrypt/live/opd.example.org/fullchain.pem", cert),
            ("/etc/letsencrypt/live/opd.example.org/privkey.pem", key),
            ("server 127.0.0.1:8000;", $"server 127.0.0.1:{upstreamPort};"),
            ("root /var/www/html;", $"root {_dir};"));
        var config = Path.Combine(_dir, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{_dir}}/nginx.pid;
            error_log {{_dir}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{_dir}}/access.log;
                client_body_temp_path {{_dir}}/body;
                proxy_temp_path {{_dir}}/proxy;
                fastcgi_temp_path {{_dir}}/fastcgi;
                uwsgi_temp_path {{_dir}}/uwsgi;
                scgi_temp_path {{_dir}}/scgi;
            {{site}}
            }
            """);
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", _dir, "-e", Path.Combine(_dir, "error.log"), "-c", config })
            start.ArgumentList.Add(argument);
        _nginx = Process.Start(start)!;

        // Ready when both ports accept connections; bounded, and a failed start says why.
        var waited = Stopwatch.StartNew();
        while (!(Listening(HttpPort) && Listening(HttpsPort)))
        {
            if (_nginx.HasExited || waited.Elapsed > TimeSpan.FromSeconds(10))
                throw new InvalidOperationException($"nginx did not start: {await File.ReadAllTextAsync(Path.Combine(_dir, "error.log"))} {await _nginx.StandardError.ReadToEndAsync()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Each piece must be in deploy's file: a change there that the test no longer follows fails here, not silently.</summary>
    private static string Substitute(string text, params (string From, string To)[] changes)
    {
        foreach (var (from, to) in changes)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"{SiteFile} no longer contains \"{from}\".");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SiteFile)))
                return dir.FullName;
        throw new InvalidOperationException($"{SiteFile} not found above {AppContext.BaseDirectory}.");
    }

    private static async Task Exec(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await errors}");
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _nginx.WaitForExitAsync(timeout.Token);
        }
        _nginx?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
