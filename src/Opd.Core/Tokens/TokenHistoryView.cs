using Opd.Core.Common;

namespace Opd.Core.Tokens;

/// <summary>
/// The one rule for what a token's reader may see. Staff see everything. Whoever holds only the
/// token's id (the patient, or anyone the link reached) sees the patient's own data: who acted as
/// a role word (staff, patient, system), never a username; the notes the system wrote for the
/// patient ("Called to Dr Raj", "Doctor on leave: moved from token 1 …", a closure's reason),
/// never the free text a staff member typed on a status change or a transfer.
/// </summary>
public static class TokenHistoryView
{
    public sealed record Line(DateTimeOffset At, string Actor, TokenStatus? From, TokenStatus To, string? Note);

    public static IEnumerable<Line> For(Token token, bool staff) =>
        token.History().Select(e => staff
            ? new Line(e.At, e.Actor, e.From, e.To, Joined(e.Note, e.StaffNote))
            : new Line(e.At, Actor.RoleOf(e.Actor), e.From, e.To, e.Note));

    /// <summary>The token's notes field: the last note written, unless a staff member typed it.</summary>
    public static string? Notes(Token token, bool staff) => staff || !token.NotesByStaff ? token.Notes : null;

    // Staff read the line as it was always written: "Transferred to Dr Rao: needs an ECG".
    private static string? Joined(string? note, string? staffNote) =>
        (note, staffNote) switch
        {
            (_, null or "") => note,
            (null or "", _) => staffNote,
            _ => $"{note}: {staffNote}",
        };
}
