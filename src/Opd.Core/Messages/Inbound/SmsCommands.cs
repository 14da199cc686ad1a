using Microsoft.EntityFrameworkCore;
using Opd.Core.Chat;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Patients;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Messages.Inbound;

/// <summary>
/// The short commands, in front of the assistant. The sender's number is proven (the carrier
/// delivered the message), so STATUS and CANCEL act on that number's own tokens without a code,
/// and BOOK books for it: at once for a returning patient, whose name and age are known, else the
/// assistant asks for them in the phone's own conversation.
/// </summary>
public sealed class SmsCommands(IDbContextFactory<OpdDbContext> dbFactory, HandleChat chat, FindPatient patients, BookToken.Handler book,
    BookingChoices choices, DepartmentDirectory directory, ReadQueue queue, ChangeTokenStatus.Handler change, ClinicClock clock, TimeProvider time)
{
    private const string DefaultDepartment = "general_medicine";

    /// <summary>The answer to send back, or null when the booking's own confirmation answers.</summary>
    /// <param name="answerTransaction">The transaction the answer is queued in: a STOP or START is recorded in it, so it is kept only with its answer.</param>
    public async Task<string?> Run(SmsCommand command, IndianMobile phone, string channel, string threadId, string text, OpdDbContext answerTransaction,
        CancellationToken ct)
    {
        var l = command.Language;
        switch (command.Keyword)
        {
            case SmsKeyword.Book:
                return await Book(command, phone, threadId, ct);
            case SmsKeyword.Status:
                return await Status(l, phone, ct);
            case SmsKeyword.Cancel:
                return await Cancel(l, phone, command.Number, ct);
            case SmsKeyword.Stop or SmsKeyword.Start:
                var optOuts = new OptOuts(answerTransaction, time);
                await (command.Keyword == SmsKeyword.Stop ? optOuts.Stop(phone, channel, ct) : optOuts.Start(phone, ct));
                return SmsReplies.Say(l, command.Keyword == SmsKeyword.Stop ? "stopped" : "started");
            default:
                // "My bookings" from the phone itself needs no code and no number: the carrier proved it.
                var parsed = Understanding.Parse(text, clock.Today);
                if (parsed is { Intent: Intent.MyBookings or Intent.Status, TokenId: null } && (parsed.Phone is null || parsed.Phone == phone.Number))
                    return await Status(parsed.Language, phone, ct);
                return await Assistant(text, threadId, ct);
        }
    }

    private async Task<string> Assistant(string text, string threadId, CancellationToken ct)
    {
        var answer = await chat.Handle(text, threadId, Actor.Patient, ct);
        return answer.IsSuccess ? answer.Value!.Response : answer.Error!.Detail;
    }

    private async Task<string?> Book(SmsCommand command, IndianMobile phone, string threadId, CancellationToken ct)
    {
        var l = command.Language;
        var parsed = Understanding.Parse(command.Rest, clock.Today);
        var department = await directory.Find(parsed.Department ?? DefaultDepartment, ct) ?? (await directory.Find(DefaultDepartment, ct))!;
        var name = Name(l, department);
        var date = parsed.Date ?? (await choices.DepartmentDates(department, 1, ct)).Cast<DateOnly?>().FirstOrDefault();
        if (date is null)
            return SmsReplies.Say(l, "no_day", name);
        var times = await choices.DepartmentTimes(department, date.Value, ct);
        if (times.Count == 0 || await choices.DepartmentPlacesLeft(department, date.Value, ct) == 0)
            return SmsReplies.Say(l, "day_full", name, Day(date.Value), string.Join(", ", (await choices.DepartmentDates(department, 5, ct)).Select(Day)));
        var at = parsed.Time is { } asked ? times.FirstOrDefault(t => t >= asked, times[0]) : times[0];

        var patient = await patients.ByPhone(phone.Number, ct);
        if (patient is not { Age: { } age } || !PersonName.TryParse(patient.Name, out var person, out _))
            return await AskInConversation(l, phone, department.Code, date.Value, at, threadId, ct);
        var result = await book.Handle(new BookToken.Command(person, phone, age, department.Code, date.Value, at, Notes: "Booked by SMS"), Actor.Patient, ct);
        return result switch
        {
            { IsSuccess: true } => null,
            { Error: ConflictError { Code: ConflictError.Duplicate } } => SmsReplies.Say(l, "book_duplicate"),
            { Error: ConflictError { Code: ConflictError.Full } } => SmsReplies.Say(l, "day_full", name, Day(date.Value),
                string.Join(", ", (await choices.DepartmentDates(department, 5, ct)).Select(Day))),
            _ => SmsReplies.Say(l, "book_failed", result.Error!.Detail),
        };
    }

    /// <summary>
    /// A new patient: the phone's conversation starts a booking with what the command gave (and the
    /// proven number), and the assistant asks for the rest, name and age first.
    /// </summary>
    private async Task<string> AskInConversation(ChatLanguage l, IndianMobile phone, string department, DateOnly date, TimeOnly at, string threadId,
        CancellationToken ct)
    {
        var state = new ChatState { Language = l, Task = "book", Phone = phone.Number, Department = department, Date = date, Time = at };
        var now = time.GetUtcNow();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO chat_threads (id, created_at, updated_at, state, transcript)
                VALUES ({threadId}, {now}, {now}, {System.Text.Json.JsonSerializer.Serialize(state)}::jsonb, '[]'::jsonb)
                ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
                """, ct);
        // A message without words keeps the language and the task, so the assistant asks its next question.
        return await Assistant("?", threadId, ct);
    }

    private async Task<string> Status(ChatLanguage l, IndianMobile phone, CancellationToken ct)
    {
        var tokens = await Upcoming(phone, null, ct);
        if (tokens.Count == 0)
            return SmsReplies.Say(l, "status_none");
        var lines = new List<string>();
        foreach (var t in tokens.Take(3))
        {
            var line = SmsReplies.Say(l, "status_line", t.TokenNumber, await DepartmentName(l, t.DepartmentCode, ct), Day(t.BookingDate), t.BookingTime.ToString("HH:mm"));
            var place = await queue.Token(t.Id, ct);
            if (place.IsSuccess && place.Value!.InRoom)
                line += SmsReplies.Say(l, "status_in_room");
            else if (place.IsSuccess && place.Value!.Place is { } p)
                line += SmsReplies.Say(l, "status_waiting", p.Position - 1, clock.InClinic(p.Eta).ToString("HH:mm"));
            lines.Add(line);
        }
        return string.Join(". ", lines) + ".";
    }

    private async Task<string> Cancel(ChatLanguage l, IndianMobile phone, int? number, CancellationToken ct)
    {
        if (number is null)
            return SmsReplies.Say(l, "cancel_which");
        // Token numbers start again each day: the sender's nearest upcoming token with that number.
        if ((await Upcoming(phone, number, ct)).FirstOrDefault() is not { } token)
            return SmsReplies.Say(l, "cancel_none", number);
        var result = await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(token.Id), TokenStatus.Cancelled, "Cancelled by SMS"), Actor.Patient, ct);
        return result.IsSuccess
            ? SmsReplies.Say(l, "cancelled", token.TokenNumber, await DepartmentName(l, token.DepartmentCode, ct), Day(token.BookingDate))
            : SmsReplies.Say(l, "book_failed", result.Error!.Detail);
    }

    private async Task<List<Token>> Upcoming(IndianMobile phone, int? number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today;
        return await db.Tokens.AsNoTracking()
            .Where(t => t.PatientPhone == phone.Number && t.BookingDate >= today
                        && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed) && (number == null || t.TokenNumber == number))
            .OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).Take(5).ToListAsync(ct);
    }

    private async Task<string> DepartmentName(ChatLanguage l, string code, CancellationToken ct) =>
        await directory.Find(code, ct) is { } d ? Name(l, d) : code;

    private static string Name(ChatLanguage l, Department d) => l switch { ChatLanguage.Hi => d.NameHindi, ChatLanguage.Or => d.NameOdia, _ => d.Name };

    private static string Day(DateOnly date) => date.ToString("dd-MM", System.Globalization.CultureInfo.InvariantCulture);
}
