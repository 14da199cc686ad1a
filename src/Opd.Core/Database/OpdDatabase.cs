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

    public static async Task<OpdDatabase> Open(IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        var configured = configuration.GetConnectionString("Opd");
        if (!string.IsNullOrWhiteSpace(configured))
            return new OpdDatabase(configured, null);

        var dataDir = configuration["OPD_DATA_DIR"];
        var options = new EmbeddedPostgresOptions(string.IsNullOrWhiteSpace(dataDir) ? ".opd-data" : dataDir)
        {
            BinDirectory = configuration["OPD_PG_BIN"],
            ServiceUser = configuration["OPD_PG_USER"] is { Length: > 0 } user ? user : "postgres",
        };
        var embedded = await EmbeddedPostgres.Start(options, logger, ct);
        return new OpdDatabase(embedded.ConnectionString, embedded);
    }

    public ValueTask DisposeAsync() => _embedded?.DisposeAsync() ?? ValueTask.CompletedTask;
}
