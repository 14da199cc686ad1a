using System.Globalization;

namespace Opd.Core.Common;

/// <summary>A patient's name in any script (Odia, Devanagari, Latin): length counts what a reader sees as letters.</summary>
public readonly record struct PersonName
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    private PersonName(string text) => Text = text;

    /// <summary>The name as given, without surrounding spaces.</summary>
    public string Text { get; }

    public override string ToString() => Text;

    /// <summary>The name, or the reason it is not one.</summary>
    public static bool TryParse(string? text, out PersonName name, out string problem)
    {
        name = default;
        problem = Validate(text) ?? "";
        if (problem.Length > 0)
            return false;
        name = new PersonName(text!.Trim());
        return true;
    }

    /// <summary>A name known to be valid (demo data, simulations); anything else is a bug.</summary>
    public static PersonName Parse(string text) =>
        TryParse(text, out var name, out var problem) ? name : throw new FormatException(problem);

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
