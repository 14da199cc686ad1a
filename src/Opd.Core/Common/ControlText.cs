using System.Collections.Frozen;

namespace Opd.Core.Common;

/// <summary>
/// What text may contain. PostgreSQL refuses NUL in text (a 500 after the checks have passed), and
/// the other control characters are invisible on a slip or a screen, so every text value is held to
/// this rule where it enters. Line breaks and tabs belong only in free text that may span lines.
/// </summary>
public static class ControlText
{
    /// <summary>The fields, by wire name, whose text may span lines: API bodies and page forms alike.</summary>
    public static readonly FrozenSet<string> MultiLineFields =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "symptoms", "notes", "note", "reason", "message");

    public static bool IsMultiLine(string field) => MultiLineFields.Contains(field);

    /// <summary>
    /// Null when <paramref name="value"/> is acceptable text, else a sentence naming the field. Refused:
    /// C0 controls, DEL, C1 controls (U+0080–U+009F) and unpaired surrogates; tab, CR, LF and the
    /// Unicode line and paragraph separators (U+2028, U+2029) unless the text is multi-line.
    /// </summary>
    public static string? Problem(string field, string? value, bool multiLine)
    {
        if (value is null)
            return null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and < '\u007f' or > '\u009f' and < '\u2028' or > '\u2029' and < '\ud800' or > '\udfff')
                continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return Broken(field);
            if (c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (multiLine)
                    continue;
                return $"{field} must be a single line of text, without line breaks or tabs.";
            }
            return $"{field} contains an invisible control character (U+{(int)c:X4}), which cannot be stored; please remove it.";
        }
        return null;
    }

    /// <summary>Text that is not valid Unicode, such as half of a surrogate pair sent as a JSON \u escape.</summary>
    public static string Broken(string field) =>
        $"{field} contains a broken character (half of a UTF-16 surrogate pair), which cannot be stored; please remove it.";
}
