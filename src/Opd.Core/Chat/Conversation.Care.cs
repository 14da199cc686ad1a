using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>Departments the clinic does not have, and opening hours by day.</summary>
public sealed partial class Conversation
{
    /// <summary>Says the clinic has no such department and offers the closest; nothing is booked without a yes.</summary>
    private async Task<string> OfferClosest(ChatState s, Parsed p, string message, CancellationToken ct)
    {
        var missing = Lexicon.Missing.First(m => m.Key == p.Missing);
        // A child's eye problem is closest to pediatrics; otherwise the department the list names.
        var closest = p.Department is { } named && named != "emergency" ? named : missing.Closest;
        if (s.Task != "book")
            s.ClearBooking();
        s.Task = "book";
        (s.Name, s.Age, s.Phone, s.Date, s.Time) = (p.Name ?? s.Name, p.Age ?? s.Age, p.Phone ?? s.Phone, p.Date ?? s.Date, p.Time ?? s.Time);
        if (p.Intent == Intent.Book && s.Symptoms is null)
            s.Symptoms = message.Trim()[..Math.Min(message.Trim().Length, BookingRules.MaxTextLength)];
        (s.Department, s.Missing, s.Asked) = (closest, missing.Key, "offer");
        var department = (await directory.Find(closest, ct))!;
        return ChatReplies.Say(s.Language, "missing", MissingName(s.Language, missing.Key), Name(s.Language, department));
    }

    private async Task<string> TakeOffer(ChatState s, bool yes, CancellationToken ct)
    {
        var missing = s.Missing ?? "";
        (s.Missing, s.Asked) = (null, null);
        if (!yes)
        {
            s.ClearBooking();
            return ChatReplies.Say(s.Language, "missing_declined", MissingName(s.Language, missing));
        }
        return await Booking(s, new Parsed(Intent.Book, s.Language), "", ct);
    }

    private static string MissingName(ChatLanguage l, string key) => Lexicon.Missing.FirstOrDefault(m => m.Key == key) is { Key: not null } m
        ? l switch { ChatLanguage.Hi => m.Hi, ChatLanguage.Or => m.Or, _ => m.En }
        : key;

    /// <summary>The hours of a day (today unless one is named), for one department or the whole OPD, from the department hours and holidays.</summary>
    private async Task<string> Hours(ChatLanguage l, Parsed p, CancellationToken ct)
    {
        var date = p.Date ?? clock.Today;
        var day = l == ChatLanguage.En ? Day(l, date) : $"{WeekdayName(l, date.DayOfWeek)} {Day(l, date)}";
        var holiday = await directory.HolidayOn(date, ct);
        var all = await departments.Handle(false, ct);
        string On(Department d) => holiday is not null && d.Code != "emergency" || !d.HoursOn(date.DayOfWeek).Any()
            ? ChatReplies.Say(l, "closed")
            : string.Join(", ", d.HoursOn(date.DayOfWeek));
        var prefix = holiday is null ? "" : ChatReplies.Say(l, "hours_holiday", day, holiday.Reason);
        if (p.Department is { } code && all.FirstOrDefault(d => d.Code == code) is { } one)
        {
            var text = prefix + ChatReplies.Say(l, "hours_on", day, $"{Name(l, one)} {On(one)}");
            if (On(one) == ChatReplies.Say(l, "closed") && one.Code != "emergency")
                text += ChatReplies.Say(l, "hours_week", Name(l, one), OpeningHoursText.Describe(one)) + ChatReplies.Say(l, "hours_emergency");
            return text;
        }
        var opd = all.Where(d => d.Code != "emergency").ToList();
        var groups = opd.GroupBy(On).Select(g => g.Count() == opd.Count ? $"{ChatReplies.Say(l, "opd")} {g.Key}" : $"{string.Join(", ", g.Select(d => Name(l, d)))} {g.Key}");
        return prefix + ChatReplies.Say(l, "hours_on", day, string.Join("; ", groups)) + ChatReplies.Say(l, "hours_emergency");
    }

    private static string WeekdayName(ChatLanguage l, DayOfWeek day) => l switch
    {
        ChatLanguage.Hi => ((string[])["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"])[(int)day],
        ChatLanguage.Or => ((string[])["ରବିବାର", "ସୋମବାର", "ମଙ୍ଗଳବାର", "ବୁଧବାର", "ଗୁରୁବାର", "ଶୁକ୍ରବାର", "ଶନିବାର"])[(int)day],
        _ => OpeningHoursText.Name(day),
    };
}
