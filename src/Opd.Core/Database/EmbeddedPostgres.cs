using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Opd.Core.Common;

namespace Opd.Core.Database;

public sealed record EmbeddedPostgresOptions(string DataDirectory)
{
    public string? BinDirectory { get; init; }

    /// <summary>The account that runs the server when we are root.</summary>
    public string ServiceUser { get; init; } = "postgres";

    /// <summary>Turns off fsync for throw-away test clusters; never for a real installation.</summary>
    public bool Durable { get; init; } = true;
}

/// <summary>
/// A private PostgreSQL cluster in the data directory: created on first start, started on a free
/// loopback port with generated passwords, and stopped cleanly on dispose. The application connects
/// as <see cref="AppRole"/>, which owns the database and its schema but is no superuser; the
/// superuser only creates that role and the database.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "opd";
    private readonly ProcessRunner _runner;
    private readonly string _bin;
    private readonly string _cluster;
    private readonly ILogger _logger;

    /// <summary>Held while this process owns the running cluster; null when attached to another process's cluster.</summary>
    private FileStream? _ownership;

    private EmbeddedPostgres(ProcessRunner runner, string bin, string cluster, ILogger logger) =>
        (_runner, _bin, _cluster, _logger) = (runner, bin, cluster, logger);

    /// <summary>The application's connection: the owner role, on the application's database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The superuser on the maintenance database, for creating roles and databases (tests, scratch databases).</summary>
    public string AdminConnectionString { get; private set; } = "";

    public static async Task<EmbeddedPostgres> Start(EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        var bin = PostgresBinaries.Find(options.BinDirectory);
        var dataDir = Path.GetFullPath(options.DataDirectory);
        var cluster = Path.Combine(dataDir, "pg");
        var runAs = geteuid() == 0 ? options.ServiceUser : null;
        var server = new EmbeddedPostgres(new ProcessRunner(runAs), bin, cluster, logger);

        Directory.CreateDirectory(dataDir);
        var passwordFile = Path.Combine(dataDir, "pg-password");
        var appPasswordFile = Path.Combine(dataDir, "pg-app-password");
        var portFile = Path.Combine(dataDir, "pg-port");
        server._ownership = TryOwn(Path.Combine(dataDir, "server.lock"));
        int port;
        if (server._ownership is null)
        {
            // A running server owns the cluster (the CLI beside a live server): use it, never restart it.
            port = int.Parse(await File.ReadAllTextAsync(portFile, ct));
            logger.LogInformation("Using the embedded PostgreSQL of the running server on 127.0.0.1:{Port}", port);
        }
        else
        {
            if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
                await server.Create(passwordFile, runAs, ct);
            port = await server.Launch(options.Durable, ct);
            await File.WriteAllTextAsync(portFile, port.ToString(), ct);
            logger.LogInformation("Embedded PostgreSQL is running on 127.0.0.1:{Port} with data in {Cluster}", port, cluster);
        }
        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        server.AdminConnectionString = $"Host=127.0.0.1;Port={port};Username={Superuser};Password={password};Database=postgres";
        if (server._ownership is not null)
            await AppRole.Ensure(server.AdminConnectionString, await AppRole.Password(appPasswordFile, ct), ct);
        server.ConnectionString = File.Exists(appPasswordFile)
            ? $"Host=127.0.0.1;Port={port};Username={AppRole.Name};Password={(await File.ReadAllTextAsync(appPasswordFile, ct)).Trim()};Database={AppRole.Database}"
            // A server of an earlier version is running and has not made the role yet: use it as it does.
            : $"Host=127.0.0.1;Port={port};Username={Superuser};Password={password};Database={AppRole.Database}";
        return server;
    }

    private static FileStream? TryOwn(string lockFile)
    {
        try
        {
            // On Unix .NET backs FileShare.None with an advisory lock that dies with the process,
            // so a crashed owner never leaves the cluster locked.
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownership is null)
            return;
        var outcome = await _runner.Run(Tool("pg_ctl"), ["-D", _cluster, "-m", "fast", "-w", "-t", "60", "stop"], CancellationToken.None);
        if (outcome.ExitCode == 0)
            _logger.LogInformation("Embedded PostgreSQL stopped");
        else
            _logger.LogWarning("Stopping embedded PostgreSQL failed: {Output}", outcome.Output);
        await _ownership.DisposeAsync();
        _ownership = null;
    }

    private async Task Create(string passwordFile, string? runAs, CancellationToken ct)
    {
        Directory.CreateDirectory(_cluster);
        if (runAs is not null)
            await Require(new ProcessRunner(null).Run("chown", [$"{runAs}:", _cluster], ct), $"give {_cluster} to the user '{runAs}'");
        OwnerOnly(_cluster, UnixFileMode.UserExecute);

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        // initdb reads the password from a file that the server account can read; it lives only for the call.
        var initPassword = Path.Combine(_cluster, "..", $".initdb-{Guid.NewGuid():N}");
        await SecretFiles.Write(initPassword, password, ct);
        try
        {
            if (runAs is not null)
                await new ProcessRunner(null).Run("chown", [$"{runAs}:", initPassword], ct);
            await Require(_runner.Run(Tool("initdb"),
                ["-D", _cluster, "-U", Superuser, "--pwfile", initPassword, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"], ct),
                $"create a PostgreSQL cluster in {_cluster}" + (runAs is null ? "" :
                    $" as the user '{runAs}' (every parent directory must be reachable by that user; set OPD_DATA_DIR to move it)"));
        }
        finally
        {
            File.Delete(initPassword);
        }
        await SecretFiles.Write(passwordFile, password, ct);
    }

    private async Task<int> Launch(bool durable, CancellationToken ct)
    {
        // A server left running by a crash would hold the data directory; stop it before starting ours.
        if ((await _runner.Run(Tool("pg_ctl"), ["-D", _cluster, "status"], ct)).ExitCode == 0)
            await _runner.Run(Tool("pg_ctl"), ["-D", _cluster, "-m", "fast", "-w", "stop"], ct);

        var port = FreePort();
        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300";
        if (!durable)
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await Require(_runner.Run(Tool("pg_ctl"),
            ["-D", _cluster, "-l", Path.Combine(_cluster, "server.log"), "-w", "-t", "60", "-o", settings, "start"], ct, newSession: true),
            $"start PostgreSQL (its log is {Path.Combine(_cluster, "server.log")})");
        return port;
    }

    private static void OwnerOnly(string path, UnixFileMode extra = UnixFileMode.None)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
    }

    private string Tool(string name) => Path.Combine(_bin, name);

    private static async Task Require(Task<ProcessRunner.Outcome> run, string what)
    {
        var outcome = await run;
        if (outcome.ExitCode != 0)
            throw new InvalidOperationException($"Could not {what}: {outcome.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
