namespace Opd.Core.Patients;

/// <summary>The person behind a phone number, as last given; tokens keep the name they were booked with.</summary>
public sealed class Patient
{
    public int Id { get; init; }
    public required string Phone { get; init; }
    public required string Name { get; init; }
    public int? Age { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
