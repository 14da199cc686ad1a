using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Tokens;

namespace Opd.Core.Reports;

/// <summary>Active tokens of the next days, in the order the clinic will see them.</summary>
public sealed class UpcomingAppointments(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    public const int MaxDays = 90;
    public const int MaxTokens = 5000;

    public async Task<Result<IReadOnlyList<Token>>> Handle(int? days, string? department, CancellationToken ct)
    {
        var span = days ?? 7;
        if (span is < 1 or > MaxDays)
            return ValidationError.For("days", $"The number of days must be between 1 and {MaxDays}.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (from, to) = (clock.Today, clock.Today.AddDays(span - 1));
        var tokens = db.Tokens.AsNoTracking().Where(t => t.BookingDate >= from && t.BookingDate <= to
            && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed));
        if (!string.IsNullOrWhiteSpace(department))
            tokens = tokens.Where(t => t.DepartmentCode == department.Trim().ToLower());
        return await tokens.OrderBy(t => t.BookingDate).ThenBy(t => t.BookingTime).ThenBy(t => t.TokenNumber).Take(MaxTokens).ToListAsync(ct);
    }
}
