using Opd.Core.Tokens;

namespace Opd.Core.Queue;

/// <summary>
/// One queue of one day: a doctor's (their slot tokens and the department tokens that named them),
/// or a department's (its tokens without a doctor).
/// </summary>
public sealed record LineKey(int? DoctorId, string Department, DateOnly Date)
{
    public string Id => DoctorId is { } d ? $"doctor:{d}:{Date:yyyy-MM-dd}" : $"department:{Department}:{Date:yyyy-MM-dd}";

    public static LineKey Of(Token token) => new(token.DoctorId, token.DepartmentCode, token.BookingDate);
}
