using System.Diagnostics;
using Npgsql;

namespace Opd.Bench;

/// <summary>Fills the database with past tokens (completed, cancelled, no-show) so bookings can be measured against a large table.</summary>
public static class Loader
{
    private const int PerDay = 1800; // 200 a day in each of the nine departments

    public static async Task Load(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var first = await Scalar(connection, "SELECT COALESCE(MAX(appointment_id), 0) FROM tokens");
        var days = (count + PerDay - 1) / PerDay;
        var clock = Stopwatch.StartNew();
        const int batch = 100_000;
        for (var done = 0; done < count; done += batch)
        {
            var size = Math.Min(batch, count - done);
            await using var command = new NpgsqlCommand("""
                INSERT INTO tokens (id, token_number, department_code, patient_name, patient_phone, patient_age,
                                    booking_date, booking_time, status, priority, requested_priority, source,
                                    created_by, created_at, updated_at)
                SELECT gen_random_uuid(), (g % 1800) / 9 + 1,
                       (ARRAY['general_medicine','cardiology','pediatrics','gynecology','orthopedics','emergency','dental','dermatology','psychiatry'])[1 + g % 9],
                       'Loaded Patient', (6000000000 + (@offset + g))::text, 20 + g % 60,
                       CURRENT_DATE - @days - 1 + (g / 1800)::int, TIME '09:00' + (g % 480) * INTERVAL '1 minute',
                       CASE WHEN g % 10 = 0 THEN 'Cancelled' WHEN g % 10 = 1 THEN 'NoShow' ELSE 'Completed' END,
                       'Normal', 'Normal', CASE WHEN g % 3 = 0 THEN 'WalkIn' ELSE 'Online' END,
                       'loader', now() - INTERVAL '1 day', now() - INTERVAL '1 day'
                  FROM generate_series(@from, @to) AS g
                """, connection);
            command.CommandTimeout = 600;
            command.Parameters.AddWithValue("offset", first);
            command.Parameters.AddWithValue("days", days);
            command.Parameters.AddWithValue("from", (long)done);
            command.Parameters.AddWithValue("to", (long)(done + size - 1));
            await command.ExecuteNonQueryAsync();
            Console.WriteLine($"  {done + size:N0} / {count:N0} tokens ({clock.Elapsed.TotalSeconds:N0} s)");
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE tokens", connection))
            await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"Loaded {count:N0} past tokens over {days} days; the table holds {await Scalar(connection, "SELECT count(*) FROM tokens"):N0}.");
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
