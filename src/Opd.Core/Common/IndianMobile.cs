namespace Opd.Core.Common;

/// <summary>
/// An Indian mobile number, as people write it: 9876543210, +91 98765 43210, +91-9876543210,
/// 09876543210. Holds the ten national digits.
/// </summary>
public readonly record struct IndianMobile
{
    public const string Rule = "an Indian mobile number of 10 digits starting with 6, 7, 8 or 9 (for example 9876543210 or +91 98765 43210)";

    private IndianMobile(string number) => Number = number;

    /// <summary>The ten national digits.</summary>
    public string Number { get; }

    public override string ToString() => Number;

    public static bool TryParse(string? text, out IndianMobile mobile)
    {
        var ok = TryNormalize(text, out var number);
        mobile = ok ? new IndianMobile(number) : default;
        return ok;
    }

    /// <summary>A number known to be valid (demo data, simulations); anything else is a bug.</summary>
    public static IndianMobile Parse(string text) =>
        TryParse(text, out var mobile) ? mobile : throw new FormatException($"'{text}' is not {Rule}.");

    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(text) || text.Length > 25)
            return false;
        var hasPlus = false;
        var digits = new List<char>(15);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
                digits.Add(c);
            else if (c == '+' && digits.Count == 0 && !hasPlus)
                hasPlus = true;
            else if (c is not (' ' or '-' or '(' or ')' or '.'))
                return false;
        }
        var number = new string(digits.ToArray());
        if (hasPlus)
        {
            if (!number.StartsWith("91", StringComparison.Ordinal))
                return false;
            number = number[2..];
        }
        else if (number.Length == 12 && number.StartsWith("91", StringComparison.Ordinal))
            number = number[2..];
        else if (number.Length == 11 && number[0] == '0')
            number = number[1..];

        if (number.Length != 10 || number[0] < '6')
            return false;
        normalized = number;
        return true;
    }

    /// <summary>The digits of a partial number typed into a search box.</summary>
    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
