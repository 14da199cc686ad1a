using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Opd.Core.Database;

/// <summary>
/// The database the application uses: the one named by ConnectionStrings:Opd, or else a private
/// embedded cluster in OPD_DATA_DIR that lives exactly as long as this object.
/// </summary>
public sealed class OpdDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private OpdDatabase(string connectionString, EmbeddedPostgres? embedded) =>
        (ConnectionString, _embedded) = (connectionString, embedded);

    public string ConnectionString { get; }

    /// <summary>The embedded cluster's superuser, for making databases; null for a configured database.</summary>
    public string? AdminConnectionString => _embedded?.AdminConnectionString;

    public static async Task<OpdDatabase> Open(IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        var configured = configuration.GetConnectionString("Opd");
        if (!string.IsNullOrWhiteSpace(configured))
            return new OpdDatabase(configured, null);

        var options = new EmbeddedPostgresOptions(DataDirectory(configuration))
        {
            BinDirectory = configuration["OPD_PG_BIN"],
            ServiceUser = configuration["OPD_PG_USER"] is { Length: > 0 } user ? user : "postgres",
        };
        var embedded = await EmbeddedPostgres.Start(options, logger, ct);
        return new OpdDatabase(embedded.ConnectionString, embedded);
    }

    /// <summary>OPD_DATA_DIR, or .opd-data here: the embedded cluster and the files only this account may read.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        configuration["OPD_DATA_DIR"] is { Length: > 0 } dir && !string.IsNullOrWhiteSpace(dir) ? dir : ".opd-data";

    public ValueTask DisposeAsync() => _embedded?.DisposeAsync() ?? ValueTask.CompletedTask;
}
