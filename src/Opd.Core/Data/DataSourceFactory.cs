using Npgsql;

namespace Opd.Core.Data;

internal static class DataSourceFactory
{
    /// <summary>
    /// The connection pool for everything. Unless the connection string says otherwise, statements
    /// used again and again are prepared on the server (the booking statement costs more to plan
    /// than to run), and a returned connection is not reset, which would drop those plans.
    /// Set "Max Auto Prepare=0" when a transaction-mode pooler (pgbouncer) sits in between.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!Mentions(connectionString, "Auto Prepare"))
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        if (!Mentions(connectionString, "Reset On Close"))
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder.Build();
    }

    private static bool Mentions(string connectionString, string key) =>
        connectionString.Replace(" ", "").Contains(key.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
}
