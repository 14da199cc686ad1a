using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Tokens;

namespace Opd.Core.Chat;

/// <summary>
/// A model's proposal in a chat, as the patient sees it: the summary is written here from the stored
/// arguments (not by the model, which could describe something else), and the patient's yes runs
/// exactly those arguments.
/// </summary>
public sealed class PendingChat(AssistantTools tools, GetToken.Handler get, DepartmentDirectory directory)
{
    public async Task<string> Summary(PendingAction action, ChatLanguage l, CancellationToken ct)
    {
        if (action.Booking is { } b)
            return ChatReplies.Say(l, "confirm", b.PatientName, b.PatientAge, b.PatientPhone, await Department(l, b.Department, ct), Conversation.Day(l, b.BookingDate),
                b.BookingTime.ToString("HH:mm"), b.Symptoms ?? "—");
        var token = await get.Handle(action.TokenId!.Value, ct);
        return token.IsSuccess
            ? ChatReplies.Say(l, "cancel_confirm", token.Value!.TokenNumber, await Department(l, token.Value.DepartmentCode, ct), Conversation.Day(l, token.Value.BookingDate))
            : ChatReplies.Say(l, "token_not_found");
    }

    public async Task<string> Run(PendingAction action, ChatLanguage l, Actor actor, CancellationToken ct)
    {
        var done = await tools.Execute(action, actor, ct);
        if (!done.IsSuccess)
            return done.Error is ConflictError { Code: ConflictError.Duplicate } ? ChatReplies.Say(l, "book_duplicate") : ChatReplies.Say(l, "book_failed", done.Error!.Detail);
        var t = done.Value!;
        return action.Kind == PendingAction.Cancel
            ? ChatReplies.Say(l, "cancelled", t.TokenNumber)
            : ChatReplies.Say(l, "booked", t.TokenNumber, await Department(l, t.DepartmentCode, ct), Conversation.Day(l, t.BookingDate), t.BookingTime.ToString("HH:mm"),
                $"/t/{t.Id}");
    }

    public static string Declined(PendingAction action, ChatLanguage l) => ChatReplies.Say(l, action.Kind == PendingAction.Cancel ? "not_cancelled" : "not_booked");

    private async Task<string> Department(ChatLanguage l, string code, CancellationToken ct) =>
        await directory.Find(code, ct) is { } department ? Conversation.Name(l, department) : code;
}
