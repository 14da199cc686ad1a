using Npgsql;
using Opd.Core.Tokens;

namespace Opd.Core.Scheduling;

/// <summary>
/// Whether slot "s" has a place for a booking: an emergency always; a walk-in while places are
/// left; any other source only outside the part still reserved for walk-ins, until the reservation
/// is released (walk_in_release_minutes before the start). One SQL condition, used by the booking
/// statement, by moves between slots and by the check that tells a lost race from a full doctor.
/// <see cref="Slot.RoomFor"/> is the same rule in C# for showing choices; a test runs both on a
/// table of cases against PostgreSQL.
/// </summary>
internal static class SlotRoom
{
    /// <summary>Places of slot "s" kept back from this booking (@walk_in at @now): the unused walk-in quota until its release.</summary>
    public const string Held = """
        CASE WHEN @walk_in OR s.walk_in_reserved = 0
                  OR @now >= s.start_time - make_interval(mins => s.walk_in_release_minutes)
             THEN 0 ELSE GREATEST(0, s.walk_in_reserved - s.walk_in_count) END
        """;

    public const string Condition = $"(@emergency OR s.booked_count + {Held} < s.capacity)";

    public static void AddParameters(NpgsqlParameterCollection parameters, TokenSource source)
    {
        foreach (var parameter in Parameters(source))
            parameters.Add(parameter);
    }

    /// <summary>@emergency and @walk_in of a booking from <paramref name="source"/> (@now is the caller's).</summary>
    public static NpgsqlParameter[] Parameters(TokenSource source) =>
        [new("emergency", source == TokenSource.Emergency), new("walk_in", source == TokenSource.WalkIn)];

    /// <param name="slotId">Only this slot of the doctor's.</param>
    public static async Task<bool> Left(NpgsqlDataSource dataSource, int doctorId, TokenSource source, DateTimeOffset now, CancellationToken ct,
        int? slotId = null)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT EXISTS (SELECT 1 FROM slots s
                            WHERE s.doctor_id = @doctor AND s.end_time > @now AND NOT s.is_closed AND {Condition}
                              AND (@slot = 0 OR s.id = @slot))
            """);
        command.Parameters.AddWithValue("doctor", doctorId);
        command.Parameters.AddWithValue("slot", slotId ?? 0);
        command.Parameters.AddWithValue("now", now);
        AddParameters(command.Parameters, source);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
