using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Departments;

/// <summary>An administrator changes a department's daily capacity, whether it is open for booking, or its names.</summary>
public static class UpdateDepartment
{
    public const int MaxDailyCapacity = 1_000_000;

    /// <param name="Hours">When given, the whole week anew: one interval per listed day ("09:00"–"17:00"; "24:00" for midnight); days not listed are closed.</param>
    public sealed record Command(string Code, int? DailyCapacity, bool? IsActive, string? NameOdia, string? NameHindi,
        IReadOnlyList<DayHours>? Hours = null);

    public sealed record DayHours(DayOfWeek Day, string? Opens, string? Closes);

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, DepartmentDirectory directory)
    {
        public async Task<Result<Department>> Handle(Command c, CancellationToken ct)
        {
            var errors = new FieldErrors();
            if (c.DailyCapacity is < 1 or > MaxDailyCapacity)
                errors.Add("daily_capacity", $"The daily capacity must be between 1 and {MaxDailyCapacity:N0} tokens.");
            if (c.NameOdia is { Length: 0 or > 100 })
                errors.Add("name_or", "The Odia name must be 1–100 characters.");
            if (c.NameHindi is { Length: 0 or > 100 })
                errors.Add("name_hi", "The Hindi name must be 1–100 characters.");
            var hours = new List<(DayOfWeek Day, int Opens, int Closes)>();
            foreach (var day in c.Hours ?? [])
            {
                if (string.IsNullOrWhiteSpace(day.Opens) && string.IsNullOrWhiteSpace(day.Closes))
                    continue;
                var (opens, closes) = (Minute(day.Opens), Minute(day.Closes));
                if (opens is null || closes is null || opens >= closes)
                    errors.Add($"hours_{day.Day.ToString().ToLowerInvariant()}", $"{day.Day}: give opening and closing times like 09:00 and 17:00, closing after opening.");
                else
                    hours.Add((day.Day, opens.Value, closes.Value));
            }
            if (errors.Any)
                return errors.ToError();

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var department = await db.Departments.Include(d => d.Hours).FirstOrDefaultAsync(d => d.Code == c.Code.Trim().ToLower(), ct);
            if (department is null)
                return new NotFoundError($"There is no department '{c.Code}'.");
            department.DailyCapacity = c.DailyCapacity ?? department.DailyCapacity;
            department.IsActive = c.IsActive ?? department.IsActive;
            department.NameOdia = c.NameOdia?.Trim() ?? department.NameOdia;
            department.NameHindi = c.NameHindi?.Trim() ?? department.NameHindi;
            if (c.Hours is not null)
            {
                db.OpeningHours.RemoveRange(department.Hours);
                department.Hours = hours.Select(h => new OpeningHours { DepartmentCode = department.Code, Day = h.Day, OpensMinute = h.Opens, ClosesMinute = h.Closes }).ToList();
            }
            await db.SaveChangesAsync(ct);
            directory.Invalidate();
            return department;
        }
    }

    /// <summary>"09:30" → 570; "24:00" → 1440 (open until midnight).</summary>
    private static int? Minute(string? text)
    {
        if (text?.Trim() == "24:00")
            return OpeningHours.EndOfDay;
        return TimeOnly.TryParseExact(text?.Trim(), "HH:mm", out var time) ? time.Hour * 60 + time.Minute : null;
    }
}
