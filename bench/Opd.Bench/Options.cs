namespace Opd.Bench;

/// <summary>"command --name value ..." arguments.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string Command { get; private init; } = "";

    public static Options Parse(string[] args)
    {
        var options = new Options { Command = args.FirstOrDefault() ?? "" };
        for (var i = 1; i + 1 < args.Length; i += 2)
            options._values[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => Get(name) is { } text ? int.Parse(text) : fallback;

    /// <summary>The given connection string, or the embedded server's from its data directory.</summary>
    public string ConnectionString()
    {
        if (Get("connection") is { } given)
            return given;
        var dir = Get("data-dir") ?? Environment.GetEnvironmentVariable("OPD_DATA_DIR") ?? ".opd-data";
        var port = File.ReadAllText(Path.Combine(dir, "pg-port")).Trim();
        // The application's own role, as the server connects; the superuser stays for creating roles and databases.
        var password = File.ReadAllText(Path.Combine(dir, "pg-app-password")).Trim();
        return $"Host=127.0.0.1;Port={port};Username=opd_app;Password={password};Database=opd";
    }
}
