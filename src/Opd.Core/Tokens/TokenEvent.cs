namespace Opd.Core.Tokens;

/// <summary>
/// One line of a token's audit trail: every status change, when, by whom, from → to. The note is
/// what the system wrote for the patient ("Called to Dr Raj"); the staff note is free text a staff
/// member typed, which only staff read (<see cref="TokenHistoryView"/>).
/// </summary>
public sealed class TokenEvent
{
    public TokenEvent(Guid tokenId, DateTimeOffset at, string actor, TokenStatus? from, TokenStatus to, string? note, string? staffNote = null)
    {
        StaffNote = staffNote;
        TokenId = tokenId;
        At = at;
        Actor = actor;
        From = from;
        To = to;
        Note = note;
    }

    public long Id { get; private set; }
    public Guid TokenId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }
    public TokenStatus? From { get; private set; }
    public TokenStatus To { get; private set; }
    public string? Note { get; private set; }
    public string? StaffNote { get; private set; }
}
