using System.Security.Cryptography;
using Npgsql;
using Opd.Core.Common;

namespace Opd.Core.Database;

/// <summary>
/// The embedded cluster's application role: it logs in, owns the application's database and every
/// table in it, and can do nothing else (no superuser, no new roles or databases). A flaw in the
/// application then reaches its own data, never the server's files, settings or other databases.
/// </summary>
internal static class AppRole
{
    public const string Name = "opd_app";
    public const string Database = "opd";

    /// <summary>The role's password, made on first use into a file only this account can read.</summary>
    public static async Task<string> Password(string file, CancellationToken ct)
    {
        if (File.Exists(file))
            return (await File.ReadAllTextAsync(file, ct)).Trim();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await SecretFiles.Write(file, password, ct);
        return password;
    }

    /// <summary>Creates the role and its database, or hands them over on a cluster made before the role existed.</summary>
    public static async Task Ensure(string adminConnectionString, string password, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        await using (var server = new NpgsqlConnection(admin.ConnectionString))
        {
            await server.OpenAsync(ct);
            // The password is hex digits, so it can stand in the statement (utility statements take no parameters).
            await Execute(server, $"""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Name}') THEN CREATE ROLE {Name}; END IF;
                END $$;
                ALTER ROLE {Name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{Hex(password)}';
                """, ct);
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{Database}'", server);
            await Execute(server, (long)(await exists.ExecuteScalarAsync(ct))! == 0
                ? $"CREATE DATABASE {Database} OWNER {Name}"
                : $"ALTER DATABASE {Database} OWNER TO {Name}", ct);
        }
        admin.Database = Database;
        await using var database = new NpgsqlConnection(admin.ConnectionString);
        await database.OpenAsync(ct);
        await Execute(database, HandOver, ct);
    }

    /// <summary>
    /// Tables, views and free sequences that the superuser made (an installation from before the
    /// role, or a restore run as the superuser) go to the role; identity sequences follow their
    /// tables. PostgreSQL has no ALTER EXTENSION … OWNER, and a restore drops and recreates the
    /// extensions, which only their owner may, so the owner is set in the catalogue.
    /// </summary>
    private const string HandOver = $$"""
        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                        AND c.relowner <> '{{Name}}'::regrole
                        AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
            LOOP EXECUTE format('ALTER TABLE %s OWNER TO {{Name}}', r.name); END LOOP;
        END $$;
        UPDATE pg_extension SET extowner = '{{Name}}'::regrole WHERE extname <> 'plpgsql' AND extowner <> '{{Name}}'::regrole;
        """;

    private static string Hex(string password) =>
        password.All(Uri.IsHexDigit) ? password : throw new InvalidOperationException("The database role's password file is damaged: delete it to make a new one.");

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
