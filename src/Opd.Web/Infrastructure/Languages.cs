namespace Opd.Web.Infrastructure;

/// <summary>The languages of the patient pages.</summary>
public enum Lang { En, Or, Hi }

/// <summary>
/// Picks the page language: a switch on the page (?lang=or) wins and is remembered in a cookie;
/// then the cookie; on a first visit the browser's Accept-Language; else English.
/// </summary>
public static class Languages
{
    public const string CookieName = "opd_lang";
    private const string ItemKey = "opd.lang";

    public static string Code(this Lang lang) => lang switch { Lang.Or => "or", Lang.Hi => "hi", _ => "en" };

    public static Lang Current(HttpContext context) => context.Items[ItemKey] is Lang lang ? lang : Lang.En;

    public static bool TryParse(string? text, out Lang lang)
    {
        lang = text?.Trim().ToLowerInvariant() switch { "or" or "ory" => Lang.Or, "hi" => Lang.Hi, "en" => Lang.En, _ => (Lang)(-1) };
        return Enum.IsDefined(lang);
    }

    public static Task Select(HttpContext context, Func<Task> next)
    {
        // The APIs speak JSON in English; only pages need a language.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/tokens"))
            return next();
        Lang lang;
        if (TryParse(context.Request.Query["lang"], out var asked))
        {
            lang = asked;
            context.Response.Cookies.Append(CookieName, lang.Code(),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/" });
        }
        else if (!TryParse(context.Request.Cookies[CookieName], out lang))
            lang = FromBrowser(context.Request.Headers.AcceptLanguage.ToString());
        context.Items[ItemKey] = lang;
        return next();
    }

    /// <summary>The first of Odia, Hindi or English in the browser's list, by preference weight.</summary>
    private static Lang FromBrowser(string header)
    {
        var ranked = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((entry, index) =>
            {
                var parts = entry.Split(';', StringSplitOptions.TrimEntries);
                var weight = parts.Skip(1).Where(p => p.StartsWith("q=")).Select(p => double.TryParse(p[2..], System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0).FirstOrDefault(1);
                return (Tag: parts[0].Split('-')[0], Weight: weight, Index: index);
            })
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Index);
        foreach (var (tag, _, _) in ranked)
            if (TryParse(tag, out var lang))
                return lang;
        return Lang.En;
    }
}
