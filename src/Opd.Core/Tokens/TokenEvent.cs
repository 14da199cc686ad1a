namespace Opd.Core.Tokens;

/// <summary>One line of a token's audit trail: every status change, when, by whom, from → to.</summary>
public sealed class TokenEvent
{
    public TokenEvent(Guid tokenId, DateTimeOffset at, string actor, TokenStatus? from, TokenStatus to, string? note)
    {
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
}
