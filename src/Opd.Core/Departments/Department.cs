namespace Opd.Core.Departments;

public sealed class Department
{
    public const int DefaultDailyCapacity = 200;

    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameOdia { get; set; }
    public required string NameHindi { get; set; }
    public int DailyCapacity { get; set; } = DefaultDailyCapacity;
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public List<OpeningHours> Hours { get; set; } = [];

    public bool IsOpenAt(DateOnly date, TimeOnly time) =>
        Hours.Any(h => h.Day == date.DayOfWeek && h.Contains(time));

    public IEnumerable<OpeningHours> HoursOn(DayOfWeek day) =>
        Hours.Where(h => h.Day == day).OrderBy(h => h.OpensMinute);
}
