using System.Net;
using System.Text.RegularExpressions;

namespace Opd.Tests.PhoneCodes;

/// <summary>Drives a page's plain HTML forms the way a browser without script does: each answer's form carries the next antiforgery token.</summary>
public static partial class PageForms
{
    public static string Antiforgery(string html) =>
        AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    public static async Task<string> Post(this HttpClient client, string url, string html, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", Antiforgery(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        using var response = await client.PostAsync(url, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
