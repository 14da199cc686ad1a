using Opd.Core.Common;
using Opd.Core.Scheduling;
using Opd.Core.Staff;
using Opd.Core.Tokens;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>What a field of each kind must look like, in words a caller can act on.</summary>
public static class FieldRules
{
    public const string Date = "{0} must be a date written as YYYY-MM-DD, for example 2026-01-15.";
    public const string Time = "{0} must be written as HH:MM or HH:MM:SS (24-hour clock), for example 10:30.";
    public static readonly string Phone = $"The phone number must be {IndianMobile.Rule}.";

    /// <summary>"The booking date must be ..." for the field booking_date.</summary>
    public static string Say(string rule, string field) => rule.Replace("{0}", "The " + field.Replace('_', ' '));

    public static string ForType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "{0} must be text (a JSON string).",
        var t when t == typeof(int) || t == typeof(long) => "{0} must be a whole number.",
        var t when t == typeof(bool) => "{0} must be true or false.",
        var t when t == typeof(DateOnly) => Date,
        var t when t == typeof(TimeOnly) => Time,
        var t when t == typeof(Guid) => "{0} must be an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.",
        var t when t == typeof(IndianMobile) => Phone,
        var t when t == typeof(TokenStatus) => OneOf(Enum.GetValues<TokenStatus>().Select(TokenText.Status)),
        var t when t == typeof(TokenPriority) => OneOf(Enum.GetValues<TokenPriority>().Select(TokenText.Priority)),
        var t when t == typeof(TokenSource) => OneOf(Enum.GetValues<TokenSource>().Select(TokenText.Source)),
        var t when t == typeof(ClinicDateTime) => "{0} must be " + ClinicDateTime.Rule + ".",
        var t when t == typeof(DayOfWeek) => "{0} must list " + Weekdays.Rule + ".",
        var t when t == typeof(StaffRole) => "{0} must list roles by name: admin, reception, doctor.",
        var t when t.IsAssignableTo(typeof(IEnumerable<DayOfWeek>)) => "{0} must be a list of " + Weekdays.Rule + ", for example [\"mon\", \"wed\"].",
        var t when t.IsAssignableTo(typeof(IEnumerable<StaffRole>)) => "{0} must be a list of roles, for example [\"reception\"].",
        var t when t.IsAssignableTo(typeof(IEnumerable<string>)) => "{0} must be a list of texts, for example [\"reception\"].",
        _ => "{0} has the wrong type.",
    };

    public static string OneOf(IEnumerable<string> values) => "{0} must be one of: " + string.Join(", ", values) + ".";
}
