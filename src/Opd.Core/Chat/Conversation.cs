using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>
/// The offline assistant's side of a conversation: it asks only for what is missing (name → age →
/// phone → problem, then day and time), offers only times the engine really has free, sums up and
/// books only after a yes. Every change goes through the same handlers and rules as the API.
/// </summary>
public sealed class Conversation(
    IDbContextFactory<OpdDbContext> dbFactory, ListDepartments.Handler departments, DepartmentDirectory directory, BookingChoices choices,
    BookToken.Handler book, GetToken.Handler get, ReadQueue queue, ChangeTokenStatus.Handler change, ManageDoctors doctors,
    ClinicClock clock, IOptions<ClinicOptions> clinic)
{
    private const int TimesOffered = 6;
    private const int DatesOffered = 5;

    public async Task<string> Reply(ChatState state, string message, Actor actor, CancellationToken ct)
    {
        var p = Understanding.Parse(message, clock.Today);
        // A bare number or "yes" says nothing about the language; keep the one the patient writes in.
        if (p.Language != ChatLanguage.En || message.Any(char.IsLetter) && p.Yes is null)
            state.Language = p.Language;
        var l = state.Language;

        if (state.Asked == "cancel_confirm" && p.Yes is { } cancelYes)
            return await ConfirmCancel(state, cancelYes, actor, ct);
        if (state.Task == "book" && state.Asked == "confirm" && p.Yes is { } yes && p.Intent is Intent.None or Intent.Book)
            return yes ? await Book(state, actor, ct) : Reset(state, "not_booked");

        var intent = p.Intent;
        // A bare token id reads as "status"; after "which token?" it answers the cancellation under way.
        if (state is { Task: "cancel", Asked: "token_id" } && p.TokenId is not null && intent == Intent.Status)
            intent = Intent.Cancel;
        // An answer to the last question continues the task under way.
        if (intent == Intent.None && state.Task is not null)
            intent = state.Task switch
            {
                "book" => Intent.Book, "cancel" => Intent.Cancel, "status" => Intent.Status, "bookings" => Intent.MyBookings, "queue" => Intent.Queue,
                _ => Intent.None,
            };
        if (intent == Intent.None && p.Phone is not null && state.Task is null)
            intent = Intent.MyBookings;

        return intent switch
        {
            Intent.Book => await Booking(state, p, message, ct),
            Intent.Status => await Status(state, p, ct),
            Intent.Cancel => await Cancel(state, p, message, ct),
            Intent.MyBookings => await MyBookings(state, p, ct),
            Intent.Departments => await Departments(l, ct),
            Intent.Doctors => await Free(l, p, ct),
            Intent.Queue => await Serving(state, p, ct),
            Intent.Info => await Info(l, ct),
            Intent.Greeting => ChatReplies.Say(l, "greeting"),
            Intent.Help => ChatReplies.Say(l, "help"),
            _ => ChatReplies.Say(l, "fallback"),
        };
    }

    private async Task<string> Booking(ChatState s, Parsed p, string message, CancellationToken ct)
    {
        var l = s.Language;
        if (s.Task != "book")
        {
            s.ClearBooking();
            s.Task = "book";
        }
        // What the message gives, or the bare answer to the question just asked.
        s.Name = p.Name ?? (s.Asked == "name" && p.Intent == Intent.None ? BareName(message) : null) ?? s.Name;
        s.Age = p.Age ?? (s.Asked == "age" && int.TryParse(message.Trim(), out var years) && years is >= 0 and <= 120 ? years : (int?)null) ?? s.Age;
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
        if (!department.IsOpenAt(date, time) || date == clock.Today && time < TimeOnly.FromDateTime(clock.LocalNow))
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
        var result = await book.Handle(new BookToken.Command(s.Name, s.Phone, s.Age, s.Department, null, s.Date?.ToString("yyyy-MM-dd"),
            s.Time?.ToString("HH:mm"), s.Symptoms, "normal", "Booked through the chat assistant"), actor.IsStaff ? actor : Actor.Patient, ct);
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

    private async Task<string> Status(ChatState s, Parsed p, CancellationToken ct)
    {
        var l = s.Language;
        if (p.TokenId is not { } id)
        {
            s.Task = "status";
            return Ask(s, "token_id", "ask_token_id");
        }
        s.Task = null;
        s.Asked = null;
        var place = await queue.Token(id, ct);
        if (!place.IsSuccess)
            return ChatReplies.Say(l, "token_not_found");
        var t = place.Value!.Token;
        var department = await directory.Find(t.DepartmentCode, ct);
        var text = ChatReplies.Say(l, "status", t.TokenNumber, department is null ? t.DepartmentCode : Name(l, department), Day(l, t.BookingDate),
            t.BookingTime.ToString("HH:mm"), StatusName(l, t.Status));
        if (place.Value.InRoom)
            text += ChatReplies.Say(l, "status_in_room", place.Value.Line!.Doctor?.Room is { } room ? Room(l, room) : t.DoctorName ?? t.DepartmentCode);
        else if (place.Value.Place is { } at)
            text += ChatReplies.Say(l, "status_waiting", at.Position - 1, clock.InClinic(at.Eta).ToString("HH:mm"),
                place.Value.Line!.Serving?.TokenNumber.ToString() ?? "—");
        return text;
    }

    private async Task<string> Cancel(ChatState s, Parsed p, string message, CancellationToken ct)
    {
        var l = s.Language;
        var norm = Understanding.Normalize(message);
        if (p.TokenId is null && new[] { " all ", " every ", " sab ", " sabhi ", "सभी", "सब ", "ସବୁ", " everyone" }.Any(norm.Contains))
        {
            s.Task = null;
            s.Asked = null;
            return ChatReplies.Say(l, "one_at_a_time");
        }
        if (p.TokenId is not { } id)
        {
            s.Task = "cancel";
            return Ask(s, "token_id", "ask_token_id");
        }
        var token = await get.Handle(id, ct);
        s.Task = null;
        if (!token.IsSuccess)
        {
            s.Asked = null;
            return ChatReplies.Say(l, "token_not_found");
        }
        var t = token.Value!;
        if (!TokenStatusRules.IsActive(t.Status))
        {
            s.Asked = null;
            return ChatReplies.Say(l, "cannot_cancel", t.TokenNumber, StatusName(l, t.Status));
        }
        var department = await directory.Find(t.DepartmentCode, ct);
        s.TokenId = id;
        s.Asked = "cancel_confirm";
        return ChatReplies.Say(l, "cancel_confirm", t.TokenNumber, department is null ? t.DepartmentCode : Name(l, department), Day(l, t.BookingDate));
    }

    private async Task<string> ConfirmCancel(ChatState s, bool yes, Actor actor, CancellationToken ct)
    {
        var (l, id) = (s.Language, s.TokenId);
        (s.Asked, s.TokenId) = (null, null);
        if (!yes || id is null)
            return ChatReplies.Say(l, "not_cancelled");
        var result = await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(id.Value), "cancelled", "Cancelled through the chat assistant"),
            actor.IsStaff ? actor : Actor.Patient, ct);
        return result.IsSuccess ? ChatReplies.Say(l, "cancelled", result.Value!.TokenNumber) : ChatReplies.Say(l, "book_failed", result.Error!.Detail);
    }

    /// <summary>The active tokens of a mobile number: numbers, days and departments only, no names.</summary>
    private async Task<string> MyBookings(ChatState s, Parsed p, CancellationToken ct)
    {
        var l = s.Language;
        if (p.Phone is not { } phone)
        {
            s.Task = "bookings";
            return Ask(s, "phone", "ask_phone_bookings");
        }
        (s.Task, s.Asked) = (null, null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today;
        var tokens = await db.Tokens.AsNoTracking()
            .Where(t => t.PatientPhone == phone && t.BookingDate >= today && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
            .OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).Take(10).ToListAsync(ct);
        if (tokens.Count == 0)
            return ChatReplies.Say(l, "no_bookings", phone);
        var items = new List<string>();
        foreach (var t in tokens)
                    {
            var department = await directory.Find(t.DepartmentCode, ct);
            items.Add($"#{t.TokenNumber} {(department is null ? t.DepartmentCode : Name(l, department))} {Day(l, t.BookingDate)} {t.BookingTime:HH:mm}");
        }
        return ChatReplies.Say(l, "my_bookings", phone, string.Join("; ", items));
    }

    private async Task<string> Departments(ChatLanguage l, CancellationToken ct) =>
        ChatReplies.Say(l, "departments", string.Join(", ", (await departments.Handle(false, ct)).Select(d => Name(l, d))));

    /// <summary>Free times of a department's doctors (their slots with room) and of its department tokens, on a day.</summary>
    private async Task<string> Free(ChatLanguage l, Parsed p, CancellationToken ct)
    {
        var date = p.Date ?? clock.Today;
        var list = p.Department is null ? await departments.Handle(false, ct) : [(await directory.Find(p.Department, ct))!];
        var parts = new List<string>();
        foreach (var department in list.Take(p.Department is null ? 9 : 1))
        {
            var found = new List<string>();
            foreach (var doctor in await doctors.List(department.Code, includeInactive: false, ct))
            {
                var slots = (await choices.DoctorSlots(doctor.Id, walkIn: false, ct))
                    .Where(x => DateOnly.FromDateTime(x.Start.DateTime) == date && x.Free > 0).Select(x => x.Start.ToString("HH:mm")).Take(TimesOffered).ToList();
                found.Add(ChatReplies.Say(l, "doctor_slots", doctor.Name, slots.Count == 0 ? ChatReplies.Say(l, "nothing_free") : string.Join(", ", slots)));
            }
            var times = await choices.DepartmentPlacesLeft(department, date, ct) > 0 ? await choices.DepartmentTimes(department, date, ct) : [];
            if (times.Count > 0)
                found.Add(ChatReplies.Say(l, "department_times", List(times)));
            parts.Add(ChatReplies.Say(l, "doctors", Name(l, department), Day(l, date), found.Count == 0 ? ChatReplies.Say(l, "nothing_free") : string.Join("; ", found)));
        }
        return string.Join(" ", parts);
    }

    private async Task<string> Serving(ChatState s, Parsed p, CancellationToken ct)
    {
        var l = s.Language;
        if (p.TokenId is not null)
            return await Status(s, p, ct);
        (s.Task, s.Asked) = (null, null);
        if (p.Doctor is { } name)
        {
            var line = await queue.DoctorNamed(name.StartsWith("Dr", StringComparison.OrdinalIgnoreCase) ? name : $"Dr {name}", ct);
            if (!line.IsSuccess)
                line = await FindDoctorLine(name, ct);
            if (line.IsSuccess)
                return line.Value!.Serving is { } serving
                    ? ChatReplies.Say(l, "serving", line.Value.Doctor!.Name, serving.TokenNumber)
                    : ChatReplies.Say(l, "not_serving", line.Value.Doctor!.Name);
        }
        s.Task = "queue";
        return ChatReplies.Say(l, "ask_doctor", string.Join(", ", (await doctors.List(null, includeInactive: false, ct)).Select(d => d.Name)));
    }

    /// <summary>A doctor whose name contains what was said ("Mohapatra" finds "Dr Anita Mohapatra").</summary>
    private async Task<Result<QueueLine>> FindDoctorLine(string name, CancellationToken ct)
    {
        var doctor = (await doctors.List(null, includeInactive: false, ct)).FirstOrDefault(d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
        return doctor is null ? new NotFoundError($"No doctor named {name}.") : await queue.Doctor(doctor.Id, ct);
    }

    private async Task<string> Info(ChatLanguage l, CancellationToken ct)
    {
        var c = clinic.Value;
        var hours = (await departments.Handle(false, ct))
            .Select(d => $"{Name(l, d)} {(string.Join(", ", d.HoursOn(clock.Today.DayOfWeek)) is { Length: > 0 } h ? h : "—")}");
        return ChatReplies.Say(l, "info", c.Name, c.Address, string.Join("; ", hours), c.VisitingHours, c.Helpline, c.Policies);
    }

    private async Task<string> Dates(ChatLanguage l, Department department, CancellationToken ct) =>
        string.Join(", ", (await choices.DepartmentDates(department, DatesOffered, ct)).Select(d => Day(l, d)));

    private static string Ask(ChatState s, string field, string key, params object?[] args)
    {
        s.Asked = field;
        return ChatReplies.Say(s.Language, key, args);
    }

    private static string Reset(ChatState s, string key)
    {
        s.Asked = null;
        return ChatReplies.Say(s.Language, key);
    }

    /// <summary>A message that is only a name (no digits, a real name's length).</summary>
    private static string? BareName(string message)
    {
        var name = message.Trim().Trim('.', '!', ',');
        return PersonName.Validate(name) is null && !name.Any(char.IsDigit) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? name : null;
    }

    private static string List(IReadOnlyList<TimeOnly> times) =>
        string.Join(", ", times.Take(TimesOffered).Select(t => t.ToString("HH:mm"))) + (times.Count > TimesOffered ? " …" : "");

    private static string Room(ChatLanguage l, string room) => l switch { ChatLanguage.Hi => $"कमरा {room}", ChatLanguage.Or => $"କକ୍ଷ {room}", _ => $"room {room}" };

    private static string Name(ChatLanguage l, Department d) => l switch { ChatLanguage.Hi => d.NameHindi, ChatLanguage.Or => d.NameOdia, _ => d.Name };

    private static string Day(ChatLanguage l, DateOnly date) => l switch
    {
        ChatLanguage.Hi => $"{date.Day}/{date.Month}",
        ChatLanguage.Or => $"{date.Day}/{date.Month}",
        _ => date.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string StatusName(ChatLanguage l, TokenStatus status) => (l, status) switch
    {
        (ChatLanguage.Hi, TokenStatus.Pending) => "बुक",
        (ChatLanguage.Hi, TokenStatus.Confirmed) => "पक्का",
        (ChatLanguage.Hi, TokenStatus.Completed) => "देख लिया गया",
        (ChatLanguage.Hi, TokenStatus.Cancelled) => "रद्द",
        (ChatLanguage.Hi, TokenStatus.NoShow) => "अनुपस्थित",
        (ChatLanguage.Or, TokenStatus.Pending) => "ବୁକ୍ ହୋଇଛି",
        (ChatLanguage.Or, TokenStatus.Confirmed) => "ନିଶ୍ଚିତ",
        (ChatLanguage.Or, TokenStatus.Completed) => "ଦେଖାଯାଇଛି",
        (ChatLanguage.Or, TokenStatus.Cancelled) => "ବାତିଲ୍",
        (ChatLanguage.Or, TokenStatus.NoShow) => "ଅନୁପସ୍ଥିତ",
        (_, TokenStatus.Pending) => "booked",
        (_, TokenStatus.Confirmed) => "confirmed",
        (_, TokenStatus.Completed) => "seen by the doctor",
        (_, TokenStatus.Cancelled) => "cancelled",
        _ => "missed",
    };
}
