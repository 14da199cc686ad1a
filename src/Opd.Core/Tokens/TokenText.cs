namespace Opd.Core.Tokens;

/// <summary>The wire names of the token vocabulary (the snake_case values and display names that existing clients use).</summary>
public static class TokenText
{
    public static string Status(TokenStatus status) => status switch
    {
        TokenStatus.Pending => "pending",
        TokenStatus.Confirmed => "confirmed",
        TokenStatus.Completed => "completed",
        TokenStatus.Cancelled => "cancelled",
        TokenStatus.NoShow => "no_show",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string StatusName(TokenStatus status) => status == TokenStatus.NoShow ? "No Show" : status.ToString();

    public static string Priority(TokenPriority priority) => priority.ToString().ToLowerInvariant();

    public static string Source(TokenSource source) => source switch
    {
        TokenSource.WalkIn => "walk_in",
        TokenSource.FollowUp => "follow_up",
        _ => source.ToString().ToLowerInvariant(),
    };

    public static bool TryParseStatus(string? text, out TokenStatus status) =>
        TryParse(text, Status, out status);

    public static bool TryParsePriority(string? text, out TokenPriority priority) =>
        TryParse(text, Priority, out priority);

    public static bool TryParseSource(string? text, out TokenSource source) =>
        TryParse(text, Source, out source);

    private static bool TryParse<T>(string? text, Func<T, string> name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
