namespace Opd.Core.Scheduling;

/// <summary>A doctor's leave, or a holiday of the whole facility when <see cref="DoctorId"/> is null, over clinic dates.</summary>
public sealed class Closure
{
    public int Id { get; init; }
    public int? DoctorId { get; init; }
    public DateOnly DateFrom { get; init; }
    public DateOnly DateTo { get; init; }
    public required string Reason { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
