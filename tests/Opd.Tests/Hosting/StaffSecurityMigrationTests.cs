using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Opd.Core.Data;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>Histories written before staff notes were kept apart: the migration moves staff members' remarks out of the patient's view.</summary>
public sealed class StaffSecurityMigrationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task OldStaffRemarks_BecomeStaffNotes_SystemNotesStay()
    {
        var name = $"opd_mig_{Guid.NewGuid():N}";
        await postgres.Execute($"CREATE DATABASE {name}");
        var connection = postgres.ConnectionStringFor(name);
        await using var db = new OpdDbContext(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql(connection).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261201222005_MessageOutbox");
        // Only the history rows matter here; the replica role skips the token foreign key they would need.
        await Execute(connection, """
            SET session_replication_role = replica;
            INSERT INTO token_events (token_id, at, actor, "from", "to", note) VALUES
                (gen_random_uuid(), now(), 'staff:meera', 'Pending', 'Confirmed', 'Argued at the desk'),
                (gen_random_uuid(), now(), 'staff:meera', 'Confirmed', 'Confirmed', 'Transferred to Dr Rao: needs an ECG'),
                (gen_random_uuid(), now(), 'staff:meera', 'Confirmed', 'Confirmed', 'Called to Dr Rao'),
                (gen_random_uuid(), now(), 'system', 'Confirmed', 'NoShow', 'Not seen by the end of the session');
            """);
        await migrator.MigrateAsync();

        var rows = await db.TokenEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Note, e.StaffNote }).ToListAsync();
        Assert.Equal(new { Note = (string?)null, StaffNote = (string?)"Argued at the desk" }, rows[0]);
        Assert.Equal(new { Note = (string?)"Transferred to Dr Rao", StaffNote = (string?)"needs an ECG" }, rows[1]);
        Assert.Equal(new { Note = (string?)"Called to Dr Rao", StaffNote = (string?)null }, rows[2]);
        Assert.Equal(new { Note = (string?)"Not seen by the end of the session", StaffNote = (string?)null }, rows[3]);
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
