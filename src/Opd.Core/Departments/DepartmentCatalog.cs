namespace Opd.Core.Departments;

/// <summary>The nine departments of the clinic, with the codes and English names its clients already use.</summary>
public static class DepartmentCatalog
{
    public static IReadOnlyList<Department> Defaults() =>
    [
        Create("general_medicine", "General Medicine", "ସାଧାରଣ ଚିକିତ୍ସା", "सामान्य चिकित्सा", 1),
        Create("cardiology", "Cardiology", "ହୃଦ୍‌ରୋଗ ବିଭାଗ", "हृदय रोग विभाग", 2),
        Create("pediatrics", "Pediatrics", "ଶିଶୁ ରୋଗ ବିଭାଗ", "बाल रोग विभाग", 3),
        Create("gynecology", "Gynecology", "ସ୍ତ୍ରୀ ରୋଗ ବିଭାଗ", "स्त्री रोग विभाग", 4),
        Create("orthopedics", "Orthopedics", "ଅସ୍ଥି ରୋଗ ବିଭାଗ", "हड्डी रोग विभाग", 5),
        Create("emergency", "Emergency", "ଜରୁରୀକାଳୀନ ବିଭାଗ", "आपातकालीन विभाग", 6, allHours: true),
        Create("dental", "Dental", "ଦନ୍ତ ବିଭାଗ", "दंत विभाग", 7),
        Create("dermatology", "Dermatology", "ଚର୍ମ ରୋଗ ବିଭାଗ", "त्वचा रोग विभाग", 8),
        Create("psychiatry", "Psychiatry", "ମାନସିକ ରୋଗ ବିଭାଗ", "मनोरोग विभाग", 9),
    ];

    private static Department Create(string code, string name, string odia, string hindi, int order, bool allHours = false)
    {
        var days = allHours
            ? Enum.GetValues<DayOfWeek>()
            : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
        return new Department
        {
            Code = code,
            Name = name,
            NameOdia = odia,
            NameHindi = hindi,
            SortOrder = order,
            Hours = days.Select(d => new OpeningHours
            {
                DepartmentCode = code,
                Day = d,
                OpensMinute = allHours ? 0 : 9 * 60,
                ClosesMinute = allHours ? OpeningHours.EndOfDay : 17 * 60,
            }).ToList(),
        };
    }
}
