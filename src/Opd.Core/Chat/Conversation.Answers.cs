using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>The other things the assistant does: status, cancel, a mobile's bookings, departments, free times, now serving, information.</summary>
public sealed partial class Conversation
{
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
        var result = await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(id.Value), TokenStatus.Cancelled, "Cancelled through the chat assistant"),
            actor.IsStaff ? actor : Actor.Patient, ct);
        return result.IsSuccess ? ChatReplies.Say(l, "cancelled", result.Value!.TokenNumber) : ChatReplies.Say(l, "book_failed", result.Error!.Detail);
    }

    /// <summary>A mobile number's active tokens, only once the person has typed the code sent to that number.</summary>
    private async Task<string> MyBookings(ChatState s, Parsed p, Actor actor, CancellationToken ct)
    {
        if (p.Phone is not { } phone)
        {
            s.Task = "bookings";
            return Ask(s, "phone", "ask_phone_bookings");
        }
        return actor.IsStaff || Proven(s, actor, phone) ? await ListBookings(s, phone, ct) : await SendCode(s, phone, "bookings", ct);
    }

    private async Task<string> ListBookings(ChatState s, string phone, CancellationToken ct)
    {
        var l = s.Language;
        (s.Task, s.Asked) = (null, null);
        var tokens = await phoneTokens.Upcoming(IndianMobile.Parse(phone), ct);
        if (tokens.Count == 0)
            return ChatReplies.Say(l, "no_bookings", phone);
        var items = new List<string>();
        foreach (var t in tokens.Take(10))
        {
            var department = await directory.Find(t.DepartmentCode, ct);
            items.Add($"#{t.TokenNumber} {(department is null ? t.DepartmentCode : Name(l, department))} {Day(l, t.BookingDate)} {t.BookingTime:HH:mm} /t/{t.Id}");
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
        foreach (var department in list)
        {
            var free = await choices.FreeOn(department, date, ct);
            var found = free.Doctors.Select(d => ChatReplies.Say(l, "doctor_slots", d.DoctorName,
                d.Slots.Count == 0 ? ChatReplies.Say(l, "nothing_free") : string.Join(", ", d.Slots.Take(TimesOffered).Select(x => x.Start.ToString("HH:mm"))))).ToList();
            if (free.DepartmentTimes.Count > 0)
                found.Add(ChatReplies.Say(l, "department_times", List(free.DepartmentTimes)));
            parts.Add(ChatReplies.Say(l, "doctors", Name(l, department), Day(l, date), found.Count == 0 ? ChatReplies.Say(l, "nothing_free") : string.Join("; ", found)));
        }
        return string.Join(" ", parts);
    }

    private async Task<string> Serving(ChatState s, Parsed p, CancellationToken ct)
    {
        var l = s.Language;
        if (p.TokenId is not null)
            return await Status(s, p, ct);
        if (p.Doctor is null && (p.TokenNumber ?? (s.Task == "queue" ? s.TokenNumber : null)) is { } number)
            return await NumberedPlace(s, number, p.Department, ct);
        (s.Task, s.Asked) = (null, null);
        if (p.Doctor is { } name && await queue.DoctorNamed(name, ct) is { IsSuccess: true } line)
            return line.Value!.Serving is { } serving
                ? ChatReplies.Say(l, "serving", line.Value.Doctor!.Name, serving.TokenNumber)
                : ChatReplies.Say(l, "not_serving", line.Value.Doctor!.Name);
        s.Task = "queue";
        return ChatReplies.Say(l, "ask_doctor", string.Join(", ", (await doctors.List(null, includeInactive: false, ct)).Select(d => d.Name)));
    }

    private async Task<string> Info(ChatLanguage l, CancellationToken ct)
    {
        var c = clinic.Value;
        var hours = (await departments.Handle(false, ct))
            .Select(d => $"{Name(l, d)} {(string.Join(", ", d.HoursOn(clock.Today.DayOfWeek)) is { Length: > 0 } h ? h : "—")}");
        return ChatReplies.Say(l, "info", c.Name, c.Address, string.Join("; ", hours), c.VisitingHours, c.Helpline, c.Policies);
    }
}
