using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Data;
using Opd.Core.Queue;
using Opd.Core.Scheduling;
using Opd.Core.Tokens;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Domain;

/// <summary>Where SQL must repeat a rule of the C# code, PostgreSQL runs the SQL on a table of cases and both must agree.</summary>
public sealed class SqlRuleTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 4, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task SlotRoomSql_AgreesWithSlotRoomFor_OnEveryCase()
    {
        var slots = (from booked in Enumerable.Range(0, 5)
                     from reserved in Enumerable.Range(0, 3)
                     from walkIns in Enumerable.Range(0, 4)
                     select new Slot { Capacity = 3, BookedCount = booked, WalkInReserved = reserved, WalkInCount = walkIns, WalkInReleaseMinutes = 30, StartTime = Start })
            .ToList();
        await using var connection = await Open();
        var compared = 0;
        foreach (var minutesBefore in new[] { 60, 30, 10, -10 })
        foreach (var source in new[] { TokenSource.Online, TokenSource.WalkIn, TokenSource.Emergency })
        {
            var (walkIn, emergency) = (source == TokenSource.WalkIn, source == TokenSource.Emergency);
            var now = Start.AddMinutes(-minutesBefore);
            await using var command = new NpgsqlCommand($"""
                SELECT GREATEST(0, s.capacity - s.booked_count - {SlotRoom.Held}), {SlotRoom.Condition}
                  FROM unnest(@capacities, @booked, @reserved, @walk_ins, @release, @starts)
                       WITH ORDINALITY AS s(capacity, booked_count, walk_in_reserved, walk_in_count, walk_in_release_minutes, start_time, i)
                 ORDER BY s.i
                """, connection);
            command.Parameters.AddWithValue("capacities", slots.Select(s => s.Capacity).ToArray());
            command.Parameters.AddWithValue("booked", slots.Select(s => s.BookedCount).ToArray());
            command.Parameters.AddWithValue("reserved", slots.Select(s => s.WalkInReserved).ToArray());
            command.Parameters.AddWithValue("walk_ins", slots.Select(s => s.WalkInCount).ToArray());
            command.Parameters.AddWithValue("release", slots.Select(s => s.WalkInReleaseMinutes).ToArray());
            command.Parameters.AddWithValue("starts", slots.Select(s => s.StartTime).ToArray());
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddRange(SlotRoom.Parameters(source));
            await using var reader = await command.ExecuteReaderAsync();
            foreach (var slot in slots)
            {
                Assert.True(await reader.ReadAsync());
                var room = slot.RoomFor(walkIn, now);
                var why = $"booked {slot.BookedCount}, reserved {slot.WalkInReserved}, walk-ins {slot.WalkInCount}, {minutesBefore} min before, {source}";
                Assert.True(room == reader.GetInt32(0), $"places left: C# {room}, SQL {reader.GetInt32(0)} ({why})");
                Assert.True((emergency || room > 0) == reader.GetBoolean(1), $"room: C# {room}, SQL {reader.GetBoolean(1)}, emergency {emergency} ({why})");
                compared++;
            }
            Assert.False(await reader.ReadAsync());
        }
        Assert.Equal(60 * 4 * 3, compared);
    }

    [Fact]
    public async Task StatusSql_NamesWhatEfStores_AndItsSetsMatchTheLifecycleRules()
    {
        await using var connection = await Open();
        foreach (var status in Enum.GetValues<TokenStatus>())
        {
            await using var command = new NpgsqlCommand($"SELECT @s IN {StatusSql.Active}, @s IN {StatusSql.Finished}", connection);
            command.Parameters.AddWithValue("s", status.ToString());
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(TokenStatusRules.IsActive(status), reader.GetBoolean(0));
            Assert.Equal(!TokenStatusRules.IsActive(status), reader.GetBoolean(1));
        }
        await using var db = new OpdDbContext(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql(postgres.ServerConnectionString).Options);
        var stored = db.Model.FindEntityType(typeof(Token))!.FindProperty(nameof(Token.Status))!.GetTypeMapping().Converter!;
        Assert.Equal(nameof(TokenStatus.Pending), stored.ConvertToProvider(TokenStatus.Pending));
        Assert.Equal(StatusSql.NoShow, $"'{stored.ConvertToProvider(TokenStatus.NoShow)}'");
    }

    [Fact]
    public async Task SlotCountersPerClass_HaveOnePlacePerQueueClass()
    {
        await using var db = new OpdDbContext(new DbContextOptionsBuilder<OpdDbContext>().UseNpgsql(postgres.ServerConnectionString).Options);
        var defaultSql = db.Model.FindEntityType(typeof(Slot))!.FindProperty(nameof(Slot.WaitingByClass))!.GetDefaultValueSql();
        await using var connection = await Open();
        await using var command = new NpgsqlCommand($"SELECT array_length({defaultSql}::integer[], 1)", connection);
        Assert.Equal(Enum.GetValues<QueueClass>().Length, (int)(await command.ExecuteScalarAsync())!);
        Assert.Equal(QueueOrder.ClassCount, new Slot().WaitingByClass.Length);
        Assert.Equal(QueueOrder.ClassCount, Enum.GetValues<TokenSource>().SelectMany(s => Enum.GetValues<TokenPriority>().Select(p => SlotLine.ClassIndex(s, p))).Max());
    }

    private async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(postgres.ServerConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
