namespace Opd.Core.Chat;

/// <summary>How a word list entry is found in a message: at a word start, and with the typing slips patients make.</summary>
public static partial class Understanding
{
    /// <summary>
    /// Whether the text holds the phrase: Indic text anywhere; Latin text at a word start (a short
    /// word must be whole), or, for one long word, with one or two typing slips.
    /// </summary>
    internal static bool Has(string norm, string[] words, string phrase)
    {
        if (phrase.Any(c => c > '\u024F'))
            return norm.Contains(phrase, StringComparison.Ordinal);
        var whole = phrase.Length <= 3;
        for (var at = norm.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = norm.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsLetterOrDigit(norm[at - 1]);
            var end = at + phrase.Length;
            var endsWord = end >= norm.Length || !char.IsLetterOrDigit(norm[end]);
            if (startsWord && (!whole || endsWord))
                return true;
        }
        if (phrase.Contains(' '))
            return HasWithSlips(words, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (phrase.Length < 5)
            return false;
        // Two slips only in long words: "vomiting" is not "visiting".
        var slips = phrase.Length >= 9 ? 2 : 1;
        // A word that is the phrase cut short ("doctor" for "doctors") is another word, not a slip.
        return words.Any(w => w.Length >= 5 && !phrase.StartsWith(w, StringComparison.Ordinal) && Math.Abs(w.Length - phrase.Length) <= slips
            && Distance(w, phrase) <= slips);
    }

    /// <summary>
    /// A phrase of several words with a slip in any of them ("chest pian", "snak bite"): short words
    /// (three letters or fewer) must be whole, longer ones may have one slip, and one word must be exact.
    /// </summary>
    private static bool HasWithSlips(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var exact = 0;
            var j = 0;
            for (; j < phrase.Length; j++)
            {
                var (w, p) = (words[i + j], phrase[j]);
                if (w == p)
                    exact++;
                // "tokens" for "token" is another form of the word, not a slip ("my tokens" is not "my token").
                else if (p.Length <= 3 || Math.Abs(w.Length - p.Length) > 1 || w == p + "s" || p == w + "s" || Distance(w, p) > 1)
                    break;
            }
            if (j == phrase.Length && exact > 0)
                return true;
        }
        return false;
    }

    /// <summary>Edits (insert, delete, replace, swap of neighbours) from one word to another.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
