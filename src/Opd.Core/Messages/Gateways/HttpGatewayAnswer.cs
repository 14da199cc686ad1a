using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Opd.Core.Messages.Gateways;

/// <summary>Reads a provider's answer: success by status (and pattern), and its message id by JSON path or pattern.</summary>
public static class HttpGatewayAnswer
{
    public static SendOutcome Read(HttpGatewayOptions o, int status, string body)
    {
        var answer = $"{status} {body}".Trim();
        if (SuccessStatuses(o.SuccessStatus)!.Any(r => status >= r.From && status <= r.To)
            && (string.IsNullOrEmpty(o.SuccessRegex) || Regex.IsMatch(body, o.SuccessRegex, RegexOptions.None, TimeSpan.FromSeconds(1))))
            return new SendOutcome(SendResult.Sent, ProviderId(o, body), answer);
        return new SendOutcome(IsRefused(status) ? SendResult.Refused : SendResult.Retry, null, answer);
    }

    /// <summary>A 4xx says the request itself was wrong (bad number, unknown template); 408, 425 and 429 only "not now", as do 5xx.</summary>
    public static bool IsRefused(int status) => status is >= 400 and < 500 and not (408 or 425 or 429);

    /// <summary>The ranges of "200-299" or "200,202", or null when the text is not such a list.</summary>
    public static IReadOnlyList<(int From, int To)>? SuccessStatuses(string text)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length > 2 || !int.TryParse(ends[0], out var from) || !int.TryParse(ends[^1], out var to) || from < 100 || to > 599 || from > to)
                return null;
            ranges.Add((from, to));
        }
        return ranges.Count == 0 ? null : ranges;
    }

    public static string? ProviderId(HttpGatewayOptions o, string body)
    {
        if (!string.IsNullOrEmpty(o.IdPath))
            return ByPath(body, o.IdPath);
        if (string.IsNullOrEmpty(o.IdRegex))
            return null;
        var match = Regex.Match(body, o.IdRegex, RegexOptions.None, TimeSpan.FromSeconds(1));
        return !match.Success ? null : match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
    }

    /// <summary>A path of property names and [index]es, such as data.id or messages[0].id.</summary>
    public static string? ByPath(string body, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        foreach (var step in path.Replace("[", ".[").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = step.StartsWith('[') && int.TryParse(step.Trim('[', ']'), out var index)
                ? node is JsonArray array && index < array.Count ? array[index] : null
                : node is JsonObject obj ? obj[step] : null;
            if (node is null)
                return null;
        }
        return node is JsonValue value ? value.ToString() : node?.ToJsonString();
    }
}
