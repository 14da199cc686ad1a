using Opd.Core.Data;

namespace Opd.Core.Scheduling;

internal static class SlotAllocation
{
    /// <summary>
    /// Takes a place in the doctor's first open slot that has not ended and has room, and returns
    /// the slot with its new counters (LastTokenNumber is the new token's number).
    ///
    /// Why this is safe under any concurrency: the UPDATE locks the chosen slot row until commit,
    /// and when it had to wait for another booking, PostgreSQL re-checks "booked_count &lt; capacity"
    /// on the row as that booking left it. A booking that loses the race therefore updates
    /// nothing and tries again, and then sees the slot as full and picks the next one. Nothing is
    /// decided from a value read earlier.
    /// </summary>
    public static async Task<Slot?> Take(OpdDbContext db, int doctorId, DateTimeOffset now, bool emergency, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using (var reader = await RawSql.Read(db, """
                UPDATE slots s
                   SET last_token_number = s.last_token_number + 1, booked_count = s.booked_count + 1
                  FROM (SELECT id FROM slots
                         WHERE doctor_id = @doctor AND end_time > @now AND NOT is_closed
                           AND (@emergency OR booked_count < capacity)
                         ORDER BY start_time
                         LIMIT 1) chosen
                 WHERE s.id = chosen.id AND NOT s.is_closed AND (@emergency OR s.booked_count < s.capacity)
                RETURNING s.id, s.start_time, s.end_time, s.capacity, s.last_token_number, s.booked_count
                """, ct, ("doctor", doctorId), ("now", now), ("emergency", emergency)))
            {
                if (await reader.ReadAsync(ct))
                    return new Slot
                    {
                        Id = reader.GetInt32(0),
                        DoctorId = doctorId,
                        StartTime = reader.GetFieldValue<DateTimeOffset>(1),
                        EndTime = reader.GetFieldValue<DateTimeOffset>(2),
                        Capacity = reader.GetInt32(3),
                        LastTokenNumber = reader.GetInt32(4),
                        BookedCount = reader.GetInt32(5),
                    };
            }
            var anyLeft = await RawSql.Scalar<bool>(db, """
                SELECT EXISTS (SELECT 1 FROM slots WHERE doctor_id = @doctor AND end_time > @now AND NOT is_closed
                                 AND (@emergency OR booked_count < capacity))
                """, ct, ("doctor", doctorId), ("now", now), ("emergency", emergency));
            if (anyLeft != true)
                return null;
        }
        throw new InvalidOperationException("Could not take a place in a slot after 50 attempts.");
    }
}
