using Opd.Core.Data;

namespace Opd.Core.Patients;

internal static class PatientRecords
{
    /// <summary>Finds or creates the patient record of a phone inside the booking transaction, keeping the latest name.</summary>
    public static async Task<int> Upsert(OpdDbContext db, string phone, string name, int? age, DateTimeOffset now, CancellationToken ct) =>
        (await RawSql.Scalar<int>(db, """
            INSERT INTO patients (phone, name, age, created_at, updated_at) VALUES (@phone, @name, @age, @now, @now)
            ON CONFLICT (phone) DO UPDATE
               SET name = excluded.name, age = COALESCE(excluded.age, patients.age), updated_at = excluded.updated_at
            RETURNING id
            """, ct, ("phone", phone), ("name", name), ("age", age), ("now", now)))!.Value;
}
