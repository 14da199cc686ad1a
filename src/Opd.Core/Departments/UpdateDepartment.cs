using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Departments;

/// <summary>An administrator changes a department's daily capacity, whether it is open for booking, or its names.</summary>
public static class UpdateDepartment
{
    public const int MaxDailyCapacity = 1_000_000;

    public sealed record Command(string Code, int? DailyCapacity, bool? IsActive, string? NameOdia, string? NameHindi);

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
            await db.SaveChangesAsync(ct);
            directory.Invalidate();
            return department;
        }
    }
}
