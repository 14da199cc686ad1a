namespace Opd.Core.Tokens;

/// <summary>The token lifecycle: which status may follow which. Final statuses never change again.</summary>
public static class TokenStatusRules
{
    public static bool IsActive(TokenStatus status) => status is TokenStatus.Pending or TokenStatus.Confirmed;

    public static bool IsFinal(TokenStatus status) => !IsActive(status);

    public static bool CanChange(TokenStatus from, TokenStatus to) => (from, to) switch
    {
        (TokenStatus.Pending, TokenStatus.Confirmed or TokenStatus.Completed or TokenStatus.Cancelled or TokenStatus.NoShow) => true,
        (TokenStatus.Confirmed, TokenStatus.Completed or TokenStatus.Cancelled or TokenStatus.NoShow) => true,
        _ => false,
    };
}
