using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Opd.Core.Messages.Gateways;

/// <summary>The provider's request, built from the configured URL, body and headers.</summary>
public static partial class HttpGatewayRequest
{
    public static readonly IReadOnlyList<string> Placeholders = ["to", "text", "message_id", "template_id", "entity_id", "sender"];

    public static HttpRequestMessage Build(HttpGatewayOptions o, OutgoingSms sms)
    {
        var method = new HttpMethod(o.Method.ToUpperInvariant());
        var request = new HttpRequestMessage(method, Fill(o.Url!, sms, Uri.EscapeDataString));
        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            var json = IsJson(o.ContentType);
            var body = Fill(string.IsNullOrWhiteSpace(o.Body) ? DefaultBody(json) : o.Body, sms, json ? JsonString : Uri.EscapeDataString);
            request.Content = new StringContent(body, Encoding.UTF8, o.ContentType);
        }
        // Providers that honour an idempotency key drop a repeat of the same message after a crash mid-send.
        request.Headers.TryAddWithoutValidation("Idempotency-Key", sms.MessageId.ToString());
        foreach (var (name, value) in o.Headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                // Describes the body, which a GET does not have.
                request.Content?.Headers.Remove(name);
                request.Content?.Headers.TryAddWithoutValidation(name, value);
                continue;
            }
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public static bool IsJson(string contentType) => contentType.StartsWith(HttpGatewayOptions.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Replaces each {placeholder} in one pass, escaped for where it stands, so a value that itself
    /// holds "{to}" or a quote cannot change the request's shape.
    /// </summary>
    public static string Fill(string template, OutgoingSms sms, Func<string, string> escape) =>
        Placeholder().Replace(template, m => escape(m.Groups[1].Value switch
        {
            "to" => sms.To,
            "text" => sms.Text,
            "message_id" => sms.MessageId.ToString(),
            "template_id" => sms.TemplateId ?? "",
            "entity_id" => sms.EntityId ?? "",
            _ => sms.Sender ?? "",
        }));

    /// <summary>Inside the quotes of a JSON string; Odia and Hindi stay readable.</summary>
    private static string JsonString(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string DefaultBody(bool json) => json
        ? "{" + string.Join(",", Placeholders.Select(p => $"\"{p}\":\"{{{p}}}\"")) + "}"
        : string.Join("&", Placeholders.Select(p => $"{p}={{{p}}}"));

    [GeneratedRegex(@"\{(to|text|message_id|template_id|entity_id|sender)\}")]
    private static partial Regex Placeholder();
}
