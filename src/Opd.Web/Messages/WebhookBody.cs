using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Opd.Core.Common;
using Opd.Core.Messages.Gateways;

namespace Opd.Web.Messages;

/// <summary>
/// A provider's webhook body exactly as it arrived (the signature is over these bytes), and its
/// fields by name: form fields, or JSON paths such as message.from.
/// </summary>
public sealed class WebhookBody
{
    public const int MaxBytes = 64 * 1024;

    private readonly Dictionary<string, string>? _form;

    private WebhookBody(byte[] raw, string text, bool json)
    {
        (Raw, Text, IsJson) = (raw, text, json);
        if (!json)
            _form = QueryHelpers.ParseQuery(text).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    public byte[] Raw { get; }
    public string Text { get; }
    public bool IsJson { get; }

    /// <summary>The body, or null when it is longer than <see cref="MaxBytes"/>.</summary>
    public static async Task<WebhookBody?> Read(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        var raw = buffer.ToArray();
        var json = request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        return new WebhookBody(raw, Encoding.UTF8.GetString(raw), json);
    }

    public string? Field(string name) => IsJson ? HttpGatewayAnswer.ByPath(Text, name) : _form!.GetValueOrDefault(name);

    public JsonNode? Json()
    {
        try
        {
            return JsonNode.Parse(Text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Null when the text may be stored (line breaks are fine in a message), else the sentence naming the field.</summary>
    public static string? Problem(string field, string? value) => ControlText.Problem(field, value, multiLine: true);

    /// <summary>Compares in constant time, after hashing both, so neither the content nor the length of the secret leaks through timing.</summary>
    public static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>X-Hub-Signature-256: "sha256=" and the hex HMAC-SHA256 of the raw body with the app secret.</summary>
    public bool SignedWith(string? signature, string secret)
    {
        if (signature is null || !signature.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
            return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature["sha256=".Length..]);
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Raw);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
