using System.Globalization;

namespace Opd.Core.Common;

/// <summary>Names in any script (Odia, Devanagari, Latin): length counts what a reader sees as letters.</summary>
public static class PersonName
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "Please give the patient's name.";
        var trimmed = name.Trim();
        if (trimmed.Any(char.IsControl))
            return "The patient's name contains characters that cannot be printed.";
        var length = new StringInfo(trimmed).LengthInTextElements;
        if (length < MinLength || length > MaxLength)
            return $"The patient's name must be {MinLength} to {MaxLength} characters long.";
        return null;
    }
}
