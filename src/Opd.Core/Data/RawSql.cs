using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Opd.Core.Data;

/// <summary>
/// Single statements that EF cannot express (upserts, conditional counter updates with RETURNING),
/// run on the context's connection and inside its current transaction.
/// </summary>
internal static class RawSql
{
    public static async Task<DbDataReader> Read(OpdDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, ct);
    }

    public static async Task<T?> Scalar<T>(OpdDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : struct
    {
        await using var reader = await Read(db, sql, ct, parameters);
        return await reader.ReadAsync(ct) ? reader.GetFieldValue<T>(0) : null;
    }
}
