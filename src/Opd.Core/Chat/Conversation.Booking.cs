using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>Booking in a conversation: collect what is missing, offer free times, sum up, book after a yes.</summary>
public sealed partial class Conversation
{
    private async Task<string> Booking(ChatState s, Parsed p, string message, CancellationToken ct)
    {
        var l = s.Language;
        if (s.Task != "book")
        {
            s.ClearBooking();
            s.Task = "book";
        }
        // What the message gives, or the bare answer to the question just asked.
        s.Name = p.Name ?? (s.Asked == "name" && p.Intent == Intent.None && p.Yes is null ? BareName(message) : null) ?? s.Name;
        s.Age = p.Age ?? (s.Asked == "age" && Understanding.NumberOnly(message) is { } years && years is >= 0 and <= 120 ? years : (int?)null) ?? s.Age;
        s.Phone = p.Phone ?? s.Phone;
        if (s.Asked == "symptoms" && p.Phone is null && p.Date is null)
            s.Symptoms = message.Trim()[..Math.Min(message.Trim().Length, BookingRules.MaxTextLength)];
        else if (p.Department is { } named && s.Symptoms is null && p.Intent == Intent.Book
                 && !Understanding.Normalize(message).Contains(named.Replace('_', ' '), StringComparison.Ordinal))
            // "My child has fever" tells the problem; "book cardiology" only the department.
            s.Symptoms = message.Trim()[..Math.Min(message.Trim().Length, BookingRules.MaxTextLength)];
        s.Department = p.Department ?? s.Department;
        s.Date = p.Date ?? s.Date;
        s.Time = p.Time ?? s.Time;

        if (s.Name is null)
            return Ask(s, "name", s.Asked == "name" ? "bad_name" : "ask_name");
        if (s.Age is null)
            return s.Asked == "age" ? Ask(s, "age", "bad_age") : Ask(s, "age", "ask_age", s.Name);
        if (s.Phone is null)
            return Ask(s, "phone", s.Asked == "phone" ? "bad_phone" : "ask_phone");
        if (s.Symptoms is null)
            return Ask(s, "symptoms", "ask_symptoms");
        s.Department ??= "general_medicine";
        var department = (await directory.Find(s.Department, ct))!;
        var name = Name(l, department);

        if (s.Date is not { } date)
            return Ask(s, "date", "ask_date", name, await Dates(l, department, ct));
        if (date < clock.Today)
        {
            s.Date = null;
            return Ask(s, "date", "past_date");
        }
        if (date > clock.Today.AddDays(clock.MaxDaysAhead))
        {
            s.Date = null;
            return Ask(s, "date", "too_far", clock.MaxDaysAhead);
        }
        var times = await choices.DepartmentTimes(department, date, ct);
        if (times.Count == 0 || await choices.DepartmentPlacesLeft(department, date, ct) == 0)
        {
            s.Date = null;
            return Ask(s, "date", "day_closed", name, Day(l, date), await Dates(l, department, ct));
        }
        if (s.Time is not { } time)
            return Ask(s, "time", "ask_time", Day(l, date), List(times));
        if (!department.IsOpenAt(date, time) || date == clock.Today && time < clock.CurrentMinute)
        {
            s.Time = null;
            return Ask(s, "time", "time_not_free", time.ToString("HH:mm"), Day(l, date), List(times));
        }
        s.Asked = "confirm";
        return ChatReplies.Say(l, "confirm", s.Name, s.Age, s.Phone, name, Day(l, date), time.ToString("HH:mm"), s.Symptoms);
    }

    private async Task<string> Book(ChatState s, Actor actor, CancellationToken ct)
    {
        var l = s.Language;
        if (NeedsCodeToBook(s, actor))
            return await SendCode(s, s.Phone!, "book", ct);
        // The conversation only gets here with every fact given and read as its kind.
        var result = await book.Handle(new BookToken.Command(PersonName.Parse(s.Name!), IndianMobile.Parse(s.Phone!), s.Age!.Value, s.Department!,
            s.Date!.Value, s.Time!.Value, Symptoms: s.Symptoms, Notes: "Booked through the chat assistant"), Caller(s, actor), ct);
        if (result.IsSuccess)
        {
            var t = result.Value!;
            var department = await directory.Find(t.DepartmentCode, ct);
            s.ClearBooking();
            return ChatReplies.Say(l, "booked", t.TokenNumber, department is null ? t.DepartmentCode : Name(l, department), Day(l, t.BookingDate),
                t.BookingTime.ToString("HH:mm"), $"/t/{t.Id}");
        }
        switch (result.Error)
        {
            case ConflictError { Code: ConflictError.Full }:
                s.Time = null;
                s.Asked = "time";
                var dept = (await directory.Find(s.Department!, ct))!;
                return ChatReplies.Say(l, "book_full", List(await choices.DepartmentTimes(dept, s.Date!.Value, ct)));
            case ConflictError { Code: ConflictError.Duplicate }:
                s.ClearBooking();
                return ChatReplies.Say(l, "book_duplicate");
            default:
                s.Asked = null;
                return ChatReplies.Say(l, "book_failed", result.Error!.Detail);
        }
    }
}
