using Opd.Core.Tokens;

namespace Opd.Core.Waitlist;

public enum WaitlistStatus { Waiting, Promoted, Cancelled }

/// <summary>A patient waiting for a place with a doctor when every slot was full.</summary>
public sealed class WaitlistEntry
{
    public long Id { get; init; }
    public int DoctorId { get; init; }
    public required string PatientName { get; init; }
    public required string PatientPhone { get; init; }
    public int? PatientAge { get; init; }
    public TokenSource Source { get; init; }
    public TokenPriority Priority { get; init; }
    public WaitlistStatus Status { get; set; }
    public Guid? TokenId { get; set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PromotedAt { get; set; }
}
