using Opd.Core.Common;
using Opd.Core.Doctors;
using Opd.Core.Scheduling;

namespace Opd.Web.Doctors;

/// <summary>A doctor as the /api/v1 clients know it, plus department and today's delay.</summary>
public sealed record DoctorJson(
    int Id, string Name, string? Specialization, string DoctorCode, bool IsActive, DateTimeOffset CreatedAt,
    string Department, int DelayMinutes, string? Room)
{
    public static DoctorJson From(Doctor d, ClinicClock clock) =>
        new(d.Id, d.Name, d.Specialization, d.DoctorCode, d.IsActive, d.CreatedAt, d.DepartmentCode, d.DelayOn(clock.Today), d.Room);
}

/// <summary>A slot with its times in clinic time (+05:30), and how full it is.</summary>
public sealed record SlotJson(
    int Id, int DoctorId, DateTimeOffset StartTime, DateTimeOffset EndTime, int Capacity, DateTimeOffset CreatedAt,
    int Booked, int Available, bool Overbooked, bool IsClosed, string? ClosedReason, int WalkInReserved, int WalkInReleaseMinutes, int? ScheduleId)
{
    public static SlotJson From(Slot s, ClinicClock clock) => new(
        s.Id, s.DoctorId, clock.InClinic(s.StartTime), clock.InClinic(s.EndTime), s.Capacity, s.CreatedAt,
        s.BookedCount, Math.Max(0, s.Capacity - s.BookedCount), s.IsOverbooked, s.IsClosed, s.ClosedReason,
        s.WalkInReserved, s.WalkInReleaseMinutes, s.ScheduleId);
}
