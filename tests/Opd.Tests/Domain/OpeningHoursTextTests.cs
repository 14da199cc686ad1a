using Opd.Core.Departments;

namespace Opd.Tests.Domain;

public sealed class OpeningHoursTextTests
{
    private static Department With(params (DayOfWeek Day, int Opens, int Closes)[] hours) => new()
    {
        Code = "x", Name = "X", NameOdia = "X", NameHindi = "X",
        Hours = hours.Select(h => new OpeningHours { Day = h.Day, OpensMinute = h.Opens, ClosesMinute = h.Closes }).ToList(),
    };

    [Fact]
    public void DefaultWeek_ReadsAsOneRun()
    {
        var general = DepartmentCatalog.Defaults().Single(d => d.Code == "general_medicine");
        Assert.Equal("Monday–Saturday 09:00–17:00", OpeningHoursText.Describe(general));
    }

    [Fact]
    public void SplitDaysAndDifferentHours_AreListedSeparately()
    {
        var department = With((DayOfWeek.Monday, 540, 780), (DayOfWeek.Monday, 840, 1020), (DayOfWeek.Tuesday, 540, 780),
            (DayOfWeek.Thursday, 600, 720));
        Assert.Equal("Monday 09:00–13:00, 14:00–17:00; Tuesday 09:00–13:00; Thursday 10:00–12:00", OpeningHoursText.Describe(department));
    }

    [Fact]
    public void OpeningIsInclusive_ClosingIsExclusive()
    {
        var hours = new OpeningHours { Day = DayOfWeek.Monday, OpensMinute = 540, ClosesMinute = 1020 };
        Assert.True(hours.Contains(new TimeOnly(9, 0)));
        Assert.True(hours.Contains(new TimeOnly(16, 59, 59)));
        Assert.False(hours.Contains(new TimeOnly(17, 0)));
        Assert.False(hours.Contains(new TimeOnly(8, 59, 59)));
    }

    [Fact]
    public void NineDepartments_HaveThreeLanguages()
    {
        var all = DepartmentCatalog.Defaults();
        Assert.Equal(9, all.Count);
        Assert.All(all, d => Assert.True(d.NameOdia.Any(c => c is >= '\u0B00' and <= '\u0B7F') && d.NameHindi.Any(c => c is >= '\u0900' and <= '\u097F')));
    }
}
