using Microsoft.EntityFrameworkCore;

namespace Opd.Core.Chat;

/// <summary>"I am number 14 in orthopedics, how long?": a numbered token's place, read from the live queue and its one estimate.</summary>
public sealed partial class Conversation
{
    private async Task<string> NumberedPlace(ChatState s, int number, string? code, CancellationToken ct)
    {
        var l = s.Language;
        if (code is null || await directory.Find(code, ct) is not { } department)
        {
            (s.Task, s.Asked, s.TokenNumber) = ("queue", "department", number);
            return ChatReplies.Say(l, "ask_queue_department", number);
        }
        (s.Task, s.Asked, s.TokenNumber) = (null, null, null);
        var today = clock.Today;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Token numbers run per department and day (a unique index), so the number and department name one token.
        var id = await db.Tokens.AsNoTracking().Where(t => t.DepartmentCode == department.Code && t.BookingDate == today && t.TokenNumber == number)
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (id is null || await queue.Token(id.Value, ct) is not { IsSuccess: true } found)
            return ChatReplies.Say(l, "number_not_found", number, Name(l, department));
        var place = found.Value!;
        if (place.InRoom)
            return ChatReplies.Say(l, "number_in_room", number, Name(l, department),
                place.Line!.Doctor?.Room is { } room ? Room(l, room) : place.Token.DoctorName ?? Name(l, department));
        if (place.Place is { } at)
            return ChatReplies.Say(l, "number_waiting", number, Name(l, department), place.Line!.Serving?.TokenNumber.ToString() ?? ChatReplies.Say(l, "nobody"),
                at.Position - 1, clock.InClinic(at.Eta).ToString("HH:mm"));
        return ChatReplies.Say(l, "number_done", number, Name(l, department), StatusName(l, place.Token.Status));
    }
}
