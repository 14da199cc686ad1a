using System.Globalization;
using System.Text;
using Opd.Core.Chat;

namespace Opd.Core.Messages.Inbound;

public enum SmsKeyword { None, Book, Status, Cancel, Stop, Start }

/// <summary>A short command: its keyword, the language it was written in, the words after it and the first number among them.</summary>
public sealed record SmsCommand(SmsKeyword Keyword, ChatLanguage Language, string Rest, int? Number);

/// <summary>
/// The keywords a feature phone can type, first word of the message, in English, Hindi and Odia
/// (script and romanised). Anything else is a sentence for the assistant.
/// </summary>
public static class SmsKeywords
{
    private static readonly (SmsKeyword Keyword, ChatLanguage Language, string[] Words)[] All =
    [
        (SmsKeyword.Book, ChatLanguage.En, ["book"]),
        (SmsKeyword.Book, ChatLanguage.Hi, ["बुक", "बुकिंग"]),
        (SmsKeyword.Book, ChatLanguage.Or, ["ବୁକ୍", "ବୁକ"]),
        (SmsKeyword.Status, ChatLanguage.En, ["status"]),
        (SmsKeyword.Status, ChatLanguage.Hi, ["स्थिति", "sthiti"]),
        (SmsKeyword.Status, ChatLanguage.Or, ["ସ୍ଥିତି", "ଅବସ୍ଥା", "abastha"]),
        (SmsKeyword.Cancel, ChatLanguage.En, ["cancel"]),
        (SmsKeyword.Cancel, ChatLanguage.Hi, ["रद्द", "radd", "radda"]),
        (SmsKeyword.Cancel, ChatLanguage.Or, ["ବାତିଲ୍", "ବାତିଲ", "batil", "baatil"]),
        (SmsKeyword.Stop, ChatLanguage.En, ["stop"]),
        (SmsKeyword.Stop, ChatLanguage.Hi, ["बंद", "बन्द", "band"]),
        (SmsKeyword.Stop, ChatLanguage.Or, ["ବନ୍ଦ", "banda"]),
        (SmsKeyword.Start, ChatLanguage.En, ["start"]),
        (SmsKeyword.Start, ChatLanguage.Hi, ["चालू", "शुरू", "chalu", "shuru"]),
        (SmsKeyword.Start, ChatLanguage.Or, ["ଆରମ୍ଭ", "arambha"]),
    ];

    public static SmsCommand Parse(string text)
    {
        var trimmed = text.Normalize(NormalizationForm.FormC).Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var first = (space < 0 ? trimmed : trimmed[..space]).Trim('.', '!', ',', ':', '।').ToLowerInvariant();
        var rest = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        foreach (var (keyword, language, words) in All)
            if (words.Contains(first, StringComparer.Ordinal))
                return new SmsCommand(keyword, Script(first) ?? Script(rest) ?? language, rest, FirstNumber(rest));
        return new SmsCommand(SmsKeyword.None, Script(trimmed) ?? ChatLanguage.En, trimmed, null);
    }

    /// <summary>Hindi for Devanagari, Odia for Odia script, null for Latin letters.</summary>
    public static ChatLanguage? Script(string text) =>
        text.Any(c => c is >= '\u0B00' and <= '\u0B7F') ? ChatLanguage.Or
        : text.Any(c => c is >= '\u0900' and <= '\u097F') ? ChatLanguage.Hi
        : null;

    /// <summary>The first run of digits, in any script (23, २३, ୨୩).</summary>
    public static int? FirstNumber(string text)
    {
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
            else if (digits.Length > 0)
                break;
        }
        return digits.Length is > 0 and < 7 ? int.Parse(digits.ToString(), CultureInfo.InvariantCulture) : null;
    }
}
