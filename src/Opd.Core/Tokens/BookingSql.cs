using Npgsql;
using Opd.Core.Common;

namespace Opd.Core.Tokens;

/// <summary>The parts that the department and the doctor booking statements share.</summary>
internal static class BookingSql
{
    /// <summary>The patient record of the phone, keeping the latest name given.</summary>
    public const string PatientUpsert = """
        patient AS (
            INSERT INTO patients (phone, name, age, created_at, updated_at) VALUES (@phone, @name, @age, @now, @now)
            ON CONFLICT (phone) DO UPDATE
               SET name = excluded.name, age = COALESCE(excluded.age, patients.age), updated_at = excluded.updated_at
            RETURNING id
        )
        """;

    public const string TokenInsert = """
        INSERT INTO tokens (id, token_number, department_code, doctor_name, doctor_id, slot_id, patient_id, patient_name,
                            patient_phone, patient_age, booking_date, booking_time, status, priority, requested_priority,
                            source, symptoms, notes, created_by, created_at, updated_at)
        """;

    public const string TokenValues = $"{StatusSql.Pending}, @priority, @requested_priority, @source, @symptoms, @notes, @actor, @now, @now";

    public static void AddPatient(NpgsqlParameterCollection parameters, NewToken spec, DateTimeOffset now)
    {
        parameters.AddWithValue("phone", spec.PatientPhone);
        parameters.AddWithValue("name", spec.PatientName);
        parameters.Add(new NpgsqlParameter<int?>("age", NpgsqlTypes.NpgsqlDbType.Integer) { TypedValue = spec.PatientAge });
        parameters.AddWithValue("now", now);
    }

    public static void AddToken(NpgsqlParameterCollection parameters, NewToken spec, Guid id, Actor actor)
    {
        parameters.AddWithValue("id", id);
        parameters.AddWithValue("department", spec.Department);
        parameters.Add(Text("doctor_name", spec.DoctorName));
        parameters.Add(new NpgsqlParameter<int?>("doctor_id", NpgsqlTypes.NpgsqlDbType.Integer) { TypedValue = spec.DoctorId });
        parameters.AddWithValue("date", spec.Date);
        parameters.AddWithValue("time", spec.Time);
        parameters.AddWithValue("priority", spec.Priority.ToString());
        parameters.AddWithValue("requested_priority", spec.RequestedPriority.ToString());
        parameters.AddWithValue("source", spec.Source.ToString());
        parameters.Add(Text("symptoms", spec.Symptoms));
        parameters.Add(Text("notes", spec.Notes));
        parameters.AddWithValue("actor", actor.Name);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Varchar) { Value = (object?)value ?? DBNull.Value };
}
