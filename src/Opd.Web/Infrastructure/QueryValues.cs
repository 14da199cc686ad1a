using System.Globalization;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure;

/// <summary>Query-string values read by hand, so that a bad one is named in a 400 instead of failing binding.</summary>
public static class QueryValues
{
    public static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (text is null)
            return null;
        if (TryDate(text, out var date))
            return date;
        errors.Add(field, $"{field} must be a date written as YYYY-MM-DD, for example 2026-01-15.");
        return null;
    }

    public static int? Int(string? text, string field, FieldErrors errors)
    {
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;
        errors.Add(field, $"{field} must be a whole number.");
        return null;
    }

    public static bool? Bool(string? text, string field, FieldErrors errors)
    {
        if (text is null)
            return null;
        if (bool.TryParse(text.Trim(), out var b))
            return b;
        errors.Add(field, $"{field} must be true or false.");
        return null;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        WireFormats.TryDate(text, out date);
}
