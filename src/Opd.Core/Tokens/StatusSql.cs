using Opd.Core.Waitlist;

namespace Opd.Core.Tokens;

/// <summary>
/// Statuses as PostgreSQL holds them (EF stores the enums' names, see TokenConfiguration), for SQL
/// written by hand and for index filters. Built from the enums, so no SQL can keep a name the code
/// no longer has; the filters' text stays exactly what the migrations created.
/// </summary>
internal static class StatusSql
{
    public const string Pending = $"'{nameof(TokenStatus.Pending)}'";
    public const string Confirmed = $"'{nameof(TokenStatus.Confirmed)}'";
    public const string Completed = $"'{nameof(TokenStatus.Completed)}'";
    public const string Cancelled = $"'{nameof(TokenStatus.Cancelled)}'";
    public const string NoShow = $"'{nameof(TokenStatus.NoShow)}'";

    /// <summary>Holding a place and waiting to be seen: <see cref="TokenStatusRules.IsActive"/>.</summary>
    public const string Active = $"({Pending}, {Confirmed})";

    /// <summary>Done with: what the archive may take.</summary>
    public const string Finished = $"({Completed}, {Cancelled}, {NoShow})";

    public const string Waitlisted = $"'{nameof(WaitlistStatus.Waiting)}'";
}
