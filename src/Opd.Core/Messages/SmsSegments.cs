namespace Opd.Core.Messages;

/// <summary>How many SMS parts a text costs: GSM-7 carries 160 characters in one part (153 per part when split), anything else UCS-2 with 70 (67).</summary>
public static class SmsSegments
{
    public sealed record Count(bool Unicode, int Units, int Parts);

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>Characters of the GSM-7 extension table: each takes two septets (an escape and itself).</summary>
    private const string Extension = "\f^{}\\[~]|€";

    public static Count Of(string text)
    {
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c))
                septets++;
            else if (Extension.Contains(c))
                septets += 2;
            else
                return Parts(unicode: true, text.Length, single: 70, split: 67);
        }
        return Parts(unicode: false, septets, single: 160, split: 153);
    }

    // UCS-2 units are UTF-16 code units, so a character outside the Basic Multilingual Plane counts twice, as on a phone.
    private static Count Parts(bool unicode, int units, int single, int split) =>
        new(unicode, units, units == 0 ? 0 : units <= single ? 1 : (units + split - 1) / split);
}
