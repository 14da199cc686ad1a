namespace Opd.Core.Tokens;

/// <summary>
/// The per-department, per-date counter row. Its row lock serialises the bookings of one
/// department-day, so that numbers and the capacity check are decided in the database.
/// </summary>
public sealed class DepartmentDay
{
    public required string DepartmentCode { get; init; }
    public DateOnly Date { get; init; }

    /// <summary>Highest number ever issued; never goes down, so cancelled numbers are not reused.</summary>
    public int LastTokenNumber { get; init; }

    /// <summary>Tokens that hold a place (every status but cancelled).</summary>
    public int BookedCount { get; init; }
}
