namespace Opd.Core.Retention;

/// <summary>
/// A finished token moved out of the working tables by the retention job: the whole record and its
/// audit trail as JSON, kept for the figures the district may ask for years later.
/// </summary>
public sealed class ArchivedToken
{
    public Guid TokenId { get; init; }
    public DateOnly BookingDate { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset ArchivedAt { get; init; }

    /// <summary>The token row with an "events" array, as PostgreSQL's to_jsonb wrote it.</summary>
    public required string Record { get; init; }
}
