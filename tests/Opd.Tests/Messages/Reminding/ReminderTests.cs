using System.Net;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.Reminding;

/// <summary>The evening and morning reminders: once each whatever the number of servers, never in quiet hours, never stale, never to a stopped phone.</summary>
public sealed class ReminderTests(PostgresFixture postgres)
{
    [Fact]
    public async Task EveningAndMorningReminders_AreSentOnceEach_ByTwoServers()
    {
        await using var clinic = await Clinic.Start(postgres, servers: 2);
        var token = await clinic.Book(Unique.Phone(), "2026-11-24");
        clinic.At(23, 19);
        var late = await clinic.Book(Unique.Phone(), "2026-11-24", "11:00");

        var evening = await clinic.Sent(token, MessageKinds.ReminderEvening);
        Assert.StartsWith("Reminder: your OPD token 1, General Medicine, 24-11-2026 10:30 is tomorrow.", evening.Text);
        Assert.Equal(FixedClock.Clinic(2026, 11, 24, 0), evening.Deadline);

        clinic.At(24, 7, 5);
        var morning = await clinic.Sent(token, MessageKinds.ReminderMorning);
        Assert.StartsWith("Today: your OPD token 1, General Medicine", morning.Text);
        await clinic.Sent(late, MessageKinds.ReminderMorning);
        await Task.Delay(1000); // many more rounds of both servers: nothing is written or sent again

        Assert.Single(await clinic.Of(token, MessageKinds.ReminderEvening));
        Assert.Single(await clinic.Of(token, MessageKinds.ReminderMorning));
        Assert.Single(clinic.Gateway.For(evening.Id));
        Assert.Single(clinic.Gateway.For(morning.Id));
        // Booked after the evening reminder's time: the confirmation told it, the morning reminder reminds it.
        Assert.Empty(await clinic.Of(late, MessageKinds.ReminderEvening));
    }

    [Fact]
    public async Task AfterADowntime_QuietHoursHoldMessages_AndAStaleReminderIsNeverSent()
    {
        await using var clinic = await Clinic.Start(postgres);
        var token = await clinic.Book(Unique.Phone(), "2026-11-24");
        var cancelled = await clinic.Book(Unique.Phone(), "2026-11-24", "11:00");

        // The server was down from 08:00 to 22:00: the evening's reminder time passed unseen.
        clinic.At(23, 22);
        Assert.Equal(HttpStatusCode.OK, (await clinic.App.Admin().SetStatus(cancelled.ToString(), "cancelled", "Doctor called away")).Status);
        var night = await clinic.Book(Unique.Phone(), "2026-11-25");
        await clinic.Sent(night, MessageKinds.BookingConfirmation); // a confirmation answers the patient at once
        await Task.Delay(700);
        var held = Assert.Single(await clinic.Of(cancelled, MessageKinds.CancelledByStaff));
        Assert.Equal(MessageStatus.Queued, held.Status);
        Assert.Empty(clinic.Gateway.For(held.Id));
        Assert.Empty(await clinic.Of(token, MessageKinds.ReminderEvening));

        clinic.At(24, 7, 1);
        await clinic.App.WaitFor(held.Id, MessageStatus.Sent);
        await clinic.Sent(token, MessageKinds.ReminderMorning);
        Assert.Empty(await clinic.Of(token, MessageKinds.ReminderEvening));
    }

    [Fact]
    public async Task StoppedPhone_GetsNoReminders_ButCodesAndCancellationsStillGo()
    {
        await using var clinic = await Clinic.Start(postgres);
        var (stopped, other) = (Unique.Phone(), Unique.Phone());
        await clinic.Stop(stopped);
        var token = await clinic.Book(stopped, "2026-11-24");
        var reminded = await clinic.Book(other, "2026-11-24", "11:00");
        await clinic.Sent(token, MessageKinds.BookingConfirmation);

        clinic.At(23, 18, 30);
        await clinic.Sent(reminded, MessageKinds.ReminderEvening);
        await Task.Delay(300);
        Assert.Empty(await clinic.Of(token, MessageKinds.ReminderEvening));

        Assert.Equal(HttpStatusCode.OK, (await clinic.App.Admin().SetStatus(token.ToString(), "cancelled")).Status);
        await clinic.Sent(token, MessageKinds.CancelledByStaff);
        // A code, and a reminder queued before the STOP arrived, as the other writers leave them in the outbox.
        var (code, reminder, now) = (Guid.NewGuid(), Guid.NewGuid(), clinic.App.Clock.GetUtcNow().ToString("O"));
        await clinic.App.Sql($"""
            INSERT INTO messages (id, kind, language, to_phone, text, status, attempts, next_attempt_at, deadline, created_at, updated_at)
            VALUES ('{code}', 'one_time_code', 'en', '{stopped}', '123456 is your OPD code.', 'Queued', 0, '{now}', '{now}'::timestamptz + interval '1 day', '{now}', '{now}'),
                   ('{reminder}', 'reminder_morning', 'en', '{stopped}', 'Today: your OPD token', 'Queued', 0, '{now}', '{now}'::timestamptz + interval '1 day', '{now}', '{now}')
            """);
        await clinic.App.WaitFor(code, MessageStatus.Sent);
        await clinic.App.WaitFor(reminder, MessageStatus.Stopped);
        Assert.Empty(clinic.Gateway.For(reminder));
    }
}
