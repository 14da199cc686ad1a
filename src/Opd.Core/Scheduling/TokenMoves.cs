using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Scheduling;

/// <summary>Finding a token a new place when its slot closes, with the same capacity rules as a booking.</summary>
internal static class TokenMoves
{
    public sealed record Place(int SlotId, int DoctorId, string DoctorName, DateTimeOffset StartTime, int Number);

    /// <summary>
    /// The doctor's next open slot with room after the closed one (never earlier than the patient
    /// planned to come), else another doctor of the department on the same day.
    /// </summary>
    public static async Task<Place?> FindPlace(OpdDbContext db, Token token, ClinicClock clock, DateTimeOffset now, CancellationToken ct)
    {
        var planned = clock.AtClinicTime(token.BookingDate.ToDateTime(token.BookingTime)).ToUniversalTime();
        var sameDoctor = await Take(db, token, token.DoctorId!.Value, now, planned > now ? planned : now,
            startsBefore: now.AddYears(100), otherDoctorsOn: null, ct);
        if (sameDoctor is not null)
            return sameDoctor;
        var (dayStart, dayEnd) = (clock.StartOf(token.BookingDate), clock.StartOf(token.BookingDate.AddDays(1)));
        return await Take(db, token, token.DoctorId!.Value, now, now, dayEnd, (dayStart, dayEnd), ct);
    }

    /// <summary>A place with the given doctor in a slot that has not ended and starts before <paramref name="startsBefore"/>.</summary>
    public static Task<Place?> TakeWith(OpdDbContext db, Token token, int doctorId, DateTimeOffset now, DateTimeOffset startsBefore, CancellationToken ct) =>
        Take(db, token, doctorId, now, now, startsBefore, otherDoctorsOn: null, ct);

    /// <summary>Gives the token's place back to the (closed) slot it leaves.</summary>
    public static Task LeaveSlot(OpdDbContext db, Token token, CancellationToken ct)
    {
        var walkIn = token.Source == TokenSource.WalkIn ? 1 : 0;
        var mine = SlotLine.ClassIndex(token.Source, token.Priority);
        return db.Database.ExecuteSqlAsync($"""
            UPDATE slots SET booked_count = booked_count - 1, walk_in_count = walk_in_count - {walkIn},
                             waiting_by_class[{mine}] = waiting_by_class[{mine}] - 1
             WHERE id = {token.SlotId}
            """, ct);
    }

    /// <summary>The same conditional UPDATE as a booking, so a move can never overfill a slot.</summary>
    /// <param name="endsAfter">Only slots that end after this are considered.</param>
    /// <param name="otherDoctorsOn">When set, any other doctor of the token's department that day instead of <paramref name="doctorId"/>.</param>
    private static async Task<Place?> Take(OpdDbContext db, Token token, int doctorId, DateTimeOffset now, DateTimeOffset endsAfter,
        DateTimeOffset startsBefore, (DateTimeOffset Start, DateTimeOffset End)? otherDoctorsOn, CancellationToken ct)
    {
        var (dayStart, dayEnd) = otherDoctorsOn ?? (now, now);
        NpgsqlParameter[] parameters =
        [
            .. SlotRoom.Parameters(token.Source), new("now", now), new("class", SlotLine.ClassIndex(token.Source, token.Priority)),
            new("ends_after", endsAfter), new("same_doctor", otherDoctorsOn is null), new("doctor", doctorId), new("starts_before", startsBefore),
            new("department", token.DepartmentCode), new("day_start", dayStart), new("day_end", dayEnd), new("phone", token.PatientPhone),
        ];
        var rows = await db.Database.SqlQueryRaw<PlaceRow>(TakeSql, parameters).ToListAsync(ct);
        return rows.Select(r => new Place(r.SlotId, r.DoctorId, r.DoctorName, r.StartTime, r.Number)).FirstOrDefault();
    }

    /// <summary>
    /// The room rule is checked again on the row being updated: when a booking updated the slot in
    /// the meantime, PostgreSQL re-reads the row and the move takes no place that is no longer free.
    /// </summary>
    private const string TakeSql = $"""
        UPDATE slots s
           SET last_token_number = s.last_token_number + 1, booked_count = s.booked_count + 1,
               walk_in_count = s.walk_in_count + CASE WHEN @walk_in THEN 1 ELSE 0 END,
               waiting_by_class[@class] = s.waiting_by_class[@class] + 1
          FROM (SELECT s.id FROM slots s JOIN doctors d ON d.id = s.doctor_id AND d.is_active
                 WHERE s.end_time > @ends_after AND NOT s.is_closed
                   AND (@same_doctor AND s.doctor_id = @doctor AND s.start_time < @starts_before
                        OR NOT @same_doctor AND s.doctor_id <> @doctor AND d.department_code = @department
                           AND s.start_time >= @day_start AND s.start_time < @day_end)
                   AND {SlotRoom.Condition}
                   AND NOT EXISTS (SELECT 1 FROM tokens t WHERE t.slot_id = s.id AND t.patient_phone = @phone
                                     AND t.status IN {StatusSql.Active})
                 ORDER BY s.start_time LIMIT 1) chosen
         WHERE s.id = chosen.id AND {SlotRoom.Condition}
        RETURNING s.id AS "SlotId", s.doctor_id AS "DoctorId", (SELECT name FROM doctors WHERE id = s.doctor_id) AS "DoctorName",
                  s.start_time AS "StartTime", s.last_token_number AS "Number"
        """;

    private sealed class PlaceRow
    {
        public int SlotId { get; init; }
        public int DoctorId { get; init; }
        public string DoctorName { get; init; } = "";
        public DateTimeOffset StartTime { get; init; }
        public int Number { get; init; }
    }
}
