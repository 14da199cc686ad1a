using Npgsql;
using Opd.Core.Common;
using Opd.Core.Tokens;

namespace Opd.Core.Messages;

/// <summary>
/// Writes the reminders that have come due: the evening before an appointment and on its morning.
/// Every server runs it; the unique key per token and kind lets only the first writer's row stand,
/// so no patient gets a reminder twice. Run after a downtime it writes what is still worth
/// sending (tomorrow's evening reminder until midnight, the morning one until the appointment)
/// and nothing older. A token booked after a reminder's time gets none: its confirmation just told it.
/// </summary>
public sealed class Reminders(NpgsqlDataSource dataSource, Outbox outbox, ClinicClock clinic)
{
    /// <summary>Answers how many reminders were written.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var o = outbox.Settings;
        // Written when quiet hours end instead: a row written now would only wait.
        if (o.IsQuiet(TimeOnly.FromDateTime(clinic.LocalNow)))
            return 0;
        var (today, now) = (clinic.Today, clinic.UtcNow);
        var written = 0;
        var evening = clinic.AtClinicTime(today.ToDateTime(o.EveningReminder)).ToUniversalTime();
        if (now >= evening)
            written += await Write(MessageKinds.ReminderEvening, today.AddDays(1), evening, now, clinic.StartOf(today.AddDays(1)), ct);
        var morning = clinic.AtClinicTime(today.ToDateTime(o.MorningReminder)).ToUniversalTime();
        if (now >= morning)
            written += await Write(MessageKinds.ReminderMorning, today, morning, now, null, ct);
        if (written > 0)
            outbox.Wake();
        return written;
    }

    private async Task<int> Write(string kind, DateOnly date, DateTimeOffset due, DateTimeOffset now, DateTimeOffset? until, CancellationToken ct)
    {
        await using var insert = dataSource.CreateCommand(Sql);
        insert.Parameters.AddRange(outbox.Parameters(kind, now, single: false, until: until));
        insert.Parameters.AddWithValue("date", date);
        insert.Parameters.AddWithValue("due", due);
        insert.Parameters.AddWithValue("now", now);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The tokens of the day still waiting and not yet reminded; the check of the key spares each round a conflict per token.</summary>
    private const string Sql = $"""
        WITH token AS (
            SELECT * FROM tokens tk
             WHERE tk.booking_date = @date AND tk.status IN {StatusSql.Active} AND tk.called_at IS NULL AND tk.created_at < @due
               AND (tk.booking_date + tk.booking_time) AT TIME ZONE @message_zone > @now
               AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.once_key = @message_kind || ':' || tk.id))
        {MessageSql.InsertAboutToken}
        """;
}
