using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.PhoneCodes;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>
/// The offline assistant's side of a conversation: it asks only for what is missing (name → age →
/// phone → problem, then day and time), offers only times the engine really has free, sums up and
/// books only after a yes. Every change goes through the same handlers and rules as the API.
/// </summary>
public sealed partial class Conversation(
    IDbContextFactory<OpdDbContext> dbFactory, ListDepartments.Handler departments, DepartmentDirectory directory, BookingChoices choices,
    BookToken.Handler book, GetToken.Handler get, ReadQueue queue, ChangeTokenStatus.Handler change, ManageDoctors doctors,
    ClinicClock clock, IOptions<ClinicOptions> clinic, PhoneTokens phoneTokens, SendPhoneCode sendCode, VerifyPhoneCode verifyCode,
    IOptions<BookingOptions> booking)
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

        // A danger sign comes before any booking or question under way.
        if (p.Danger)
            return ChatReplies.Say(l, "danger");
        if (state.Asked == "code" && CodeIn(message) is { } code)
            return await CodeGiven(state, code, actor, ct);
        if (state.Asked == "cancel_confirm" && p.Yes is { } cancelYes)
            return await ConfirmCancel(state, cancelYes, actor, ct);
        // "No, Wednesday" or "change the name to …" corrects the summary instead of dropping it.
        if (state.Task == "book" && state.Asked == "confirm" && p.Yes is { } yes && p.Intent is Intent.None or Intent.Book && (yes || !GivesFacts(p)))
            return yes ? await Book(state, actor, ct) : Reset(state, "not_booked");
        if (state.Asked == "offer" && p.Yes is { } take)
            return await TakeOffer(state, take, ct);
        if (p.Missing is not null && p.Intent is not (Intent.Status or Intent.Cancel or Intent.MyBookings or Intent.Queue))
            return await OfferClosest(state, p, message, ct);

        var intent = p.Intent;
        // An answer to the last question (a bare token id, symptoms) continues the task under way.
        if ((intent == Intent.None || p.Inferred) && state.Task is not null)
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
            Intent.MyBookings => await MyBookings(state, p, actor, ct),
            Intent.Departments => await Departments(l, ct),
            Intent.Doctors => await Free(l, p, ct),
            Intent.Queue => await Serving(state, p, ct),
            Intent.Info => p.AsksHours ? await Hours(l, p, ct) : await Info(l, ct),
            Intent.Greeting => ChatReplies.Say(l, "greeting"),
            Intent.Help => ChatReplies.Say(l, "help"),
            _ => ChatReplies.Say(l, "fallback"),
        };
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

    /// <summary>A message that is only a name (no digits, a real name's length, not an answer or a greeting).</summary>
    private static string? BareName(string message)
    {
        var name = message.Trim().Trim('.', '!', ',');
        return Understanding.IsNameReply(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? name : null;
    }

    private static bool GivesFacts(Parsed p) =>
        p.Name is not null || p.Age is not null || p.Phone is not null || p.Department is not null || p.Date is not null || p.Time is not null;

    private static string List(IReadOnlyList<TimeOnly> times) =>
        string.Join(", ", times.Take(TimesOffered).Select(t => t.ToString("HH:mm"))) + (times.Count > TimesOffered ? " …" : "");

    private static string Room(ChatLanguage l, string room) => l switch { ChatLanguage.Hi => $"कमरा {room}", ChatLanguage.Or => $"କକ୍ଷ {room}", _ => $"room {room}" };

    internal static string Name(ChatLanguage l, Department d) => l switch { ChatLanguage.Hi => d.NameHindi, ChatLanguage.Or => d.NameOdia, _ => d.Name };

    internal static string Day(ChatLanguage l, DateOnly date) => l switch
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
