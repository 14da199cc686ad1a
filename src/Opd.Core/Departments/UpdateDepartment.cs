using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Departments;

/// <summary>An administrator changes a department's daily capacity, whether it is open for booking, or its names.</summary>
public static class UpdateDepartment
{
    public const int MaxDailyCapacity = 1_000_000;

    /// <param name="Hours">When given, the whole week anew: one interval per listed day; days not listed are closed.</param>
    public sealed record Command(string Code, int? DailyCapacity, bool? IsActive, string? NameOdia, string? NameHindi,
        IReadOnlyList<DayHours>? Hours = null);

    /// <summary>A day's interval in minutes from midnight, as <see cref="OpeningHours"/> keeps it (1440: until midnight); null when not given.</summary>
    public sealed record DayHours(DayOfWeek Day, int? Opens, int? Closes);

    /// <summary>The rules of a change, also run by the API's body so one answer lists every bad field.</summary>
    public static void Check(Command c, FieldErrors errors)
    {
        if (c.DailyCapacity is < 1 or > MaxDailyCapacity)
            errors.Add("daily_capacity", $"The daily capacity must be between 1 and {MaxDailyCapacity:N0} tokens.");
        if (c.NameOdia is { Length: 0 or > 100 })
            errors.Add("name_or", "The Odia name must be 1–100 characters.");
        if (c.NameHindi is { Length: 0 or > 100 })
            errors.Add("name_hi", "The Hindi name must be 1–100 characters.");
        foreach (var day in c.Hours ?? [])
        {
            if (day.Opens is not { } opens || day.Closes is not { } closes || opens < 0 || closes > OpeningHours.EndOfDay || opens >= closes)
                errors.Add($"hours_{day.Day.ToString().ToLowerInvariant()}", $"{day.Day}: give opening and closing times like 09:00 and 17:00, closing after opening.");
        }
    }

    public sealed class Handler(IDbContextFactory<OpdDbContext> dbFactory, DepartmentDirectory directory)
    {
        public async Task<Result<Department>> Handle(Command c, CancellationToken ct)
        {
            var errors = new FieldErrors();
            Check(c, errors);
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
                department.Hours = c.Hours.Select(h => new OpeningHours { DepartmentCode = department.Code, Day = h.Day, OpensMinute = h.Opens!.Value, ClosesMinute = h.Closes!.Value })
                    .ToList();
            }
            await db.SaveChangesAsync(ct);
            directory.Invalidate();
            return department;
        }
    }
}
