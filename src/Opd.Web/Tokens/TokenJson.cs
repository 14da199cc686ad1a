using System.Text.Json.Serialization;
using Opd.Core.Departments;
using Opd.Core.Tokens;

namespace Opd.Web.Tokens;

/// <summary>A token as existing /tokens clients know it, plus requested_priority and source.</summary>
public sealed record TokenRecord(
    string TokenId,
    string PatientName,
    string PatientPhone,
    int? PatientAge,
    string Department,
    string? DoctorName,
    string BookingDate,
    string BookingTime,
    int TokenNumber,
    string Status,
    string? Symptoms,
    string Priority,
    string RequestedPriority,
    string Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Notes)
{
    /// <summary>As staff read it.</summary>
    public static TokenRecord From(Token t) => From(t, staff: true);

    /// <summary>As staff, or as the holder of the token's id (<see cref="TokenHistoryView"/>), read it.</summary>
    public static TokenRecord From(Token t, bool staff) => new(
        t.Id.ToString(), t.PatientName, t.PatientPhone, t.PatientAge, t.DepartmentCode, t.DoctorName,
        t.BookingDate.ToString("yyyy-MM-dd"), t.BookingTime.ToString("HH:mm:ss"), t.TokenNumber,
        TokenText.Status(t.Status), t.Symptoms, TokenText.Priority(t.Priority), TokenText.Priority(t.RequestedPriority),
        TokenText.Source(t.Source), t.CreatedAt, t.UpdatedAt, TokenHistoryView.Notes(t, staff));
}

/// <summary>One line of a token's audit trail; for a caller without a staff key the actor is a role word and staff notes are left out.</summary>
public sealed record TokenHistoryEntry(DateTimeOffset At, string Actor, string? From, string To, string? Note);

/// <summary>The answer to book, get, status change and cancel.</summary>
public sealed record TokenEnvelope(
    bool Success,
    string Message,
    string TokenId,
    int TokenNumber,
    TokenRecord BookingDetails,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TokenHistoryEntry>? History = null)
{
    /// <param name="staff">The caller sent a staff key; otherwise only the patient's own data is shown.</param>
    public static TokenEnvelope For(Token token, string message, bool staff, bool withHistory = false) => new(
        true, message, token.Id.ToString(), token.TokenNumber, TokenRecord.From(token, staff),
        withHistory
            ? TokenHistoryView.For(token, staff)
                .Select(e => new TokenHistoryEntry(e.At, e.Actor, e.From is { } f ? TokenText.Status(f) : null, TokenText.Status(e.To), e.Note)).ToList()
            : null);
}

public sealed record ValueName(string Value, string Name);

/// <summary>A department with its names in English, Odia and Hindi and its opening hours.</summary>
public sealed record DepartmentJson(
    string Value, string Name, string NameOr, string NameHi, int DailyCapacity, bool IsActive, string OpeningHours)
{
    public static DepartmentJson From(Department d) =>
        new(d.Code, d.Name, d.NameOdia, d.NameHindi, d.DailyCapacity, d.IsActive, OpeningHoursText.Describe(d));
}

public sealed record StatsJson(
    int TotalBookings, IReadOnlyDictionary<string, int> StatusBreakdown, IReadOnlyDictionary<string, int> DepartmentBreakdown);
