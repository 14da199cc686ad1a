namespace Opd.Core.Doctors;

public sealed class Doctor
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public required string DepartmentCode { get; set; }
    public string? Specialization { get; set; }
    public required string DoctorCode { get; init; }
    /// <summary>Where the patient goes when called, as the board announces it ("room 4").</summary>
    public string? Room { get; set; }

    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>How late the doctor is running on <see cref="DelayDate"/>; other days are on time.</summary>
    public int DelayMinutes { get; private set; }

    public DateOnly? DelayDate { get; private set; }

    public int DelayOn(DateOnly date) => DelayDate == date ? DelayMinutes : 0;

    public void ReportDelay(int minutes, DateOnly today) => (DelayMinutes, DelayDate) = (minutes, today);
}
