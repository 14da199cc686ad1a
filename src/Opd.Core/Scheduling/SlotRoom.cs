using Npgsql;
using Opd.Core.Tokens;

namespace Opd.Core.Scheduling;

/// <summary>
/// Whether slot "s" has a place for a booking: an emergency always; a walk-in while places are
/// left; any other source only outside the part still reserved for walk-ins, until the reservation
/// is released (walk_in_release_minutes before the start). One SQL condition, used by the booking
/// statement and by the check that tells a lost race from a full doctor.
/// </summary>
internal static class SlotRoom
{
    public const string Condition = """
        (@emergency OR s.booked_count
            + CASE WHEN @walk_in OR s.walk_in_reserved = 0
                        OR @now >= s.start_time - make_interval(mins => s.walk_in_release_minutes)
                   THEN 0 ELSE GREATEST(0, s.walk_in_reserved - s.walk_in_count) END
            < s.capacity)
        """;

    public static void AddParameters(NpgsqlParameterCollection parameters, TokenSource source)
    {
        parameters.AddWithValue("emergency", source == TokenSource.Emergency);
        parameters.AddWithValue("walk_in", source == TokenSource.WalkIn);
    }

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
