using System.Text.Json;
using System.Text.Unicode;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure;

/// <summary>
/// Reads a JSON object body by hand, so that a wrong type in any field is reported by name
/// together with every other bad field, and no body, however malformed or large, can cause a 500.
/// </summary>
public sealed class JsonBody
{
    public const int MaxBytes = 64 * 1024;
    private readonly JsonElement _root;

    private JsonBody(JsonElement root) => _root = root;

    public FieldErrors Errors { get; } = new();

    /// <summary>Who is asking and what they sent: the start of every endpoint that changes something.</summary>
    public static async Task<Result<(Actor Actor, JsonBody Body)>> ReadWithActor(HttpContext context, CancellationToken ct)
    {
        var read = await Read(context.Request, ct);
        return read.IsSuccess ? (context.User.ToActor(), read.Value!) : read.Error!;
    }

    public static async Task<Result<JsonBody>> Read(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return ValidationError.For("body", $"The request body is larger than {MaxBytes / 1024} KB.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return ValidationError.For("body", "The request needs a JSON object as its body.");
        var bytes = buffer.ToArray();
        // The JSON reader checks text inside strings only when a value is read; check it all up front.
        if (!Utf8.IsValid(bytes))
            return ValidationError.For("body", "The request body is not valid UTF-8 text.");
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return ValidationError.For("body", "The request body must be a JSON object, for example {\"status\": \"confirmed\"}.");
            return new JsonBody(document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            return ValidationError.For("body", $"The request body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
    }

    public string? String(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Errors.Add(name, $"{name} must be text (a JSON string).");
        return null;
    }

    public int? Int(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), out number))
            return number;
        Errors.Add(name, $"{name} must be a whole number.");
        return null;
    }

    public IReadOnlyList<string>? Strings(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            return value.EnumerateArray().Select(v => v.GetString()!).ToList();
        Errors.Add(name, $"{name} must be a list of texts, for example [\"reception\"].");
        return null;
    }

    public bool? Bool(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Errors.Add(name, $"{name} must be true or false.");
        return null;
    }
}
