using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>Reads a JSON object body so that no body, however malformed or large, can cause a 500.</summary>
public static class RequestBodies
{
    public const int MaxBytes = 64 * 1024;
    private static readonly object ProblemKey = new();

    /// <summary>The problem found while reading the body (400, or 415 for a body that is not JSON), for <see cref="RequestBoundary"/> to answer.</summary>
    public static Error? ProblemOf(HttpContext context) => context.Items[ProblemKey] as Error;

    internal static async ValueTask<T?> Read<T>(HttpContext context) where T : class, IRequestBody<T>
    {
        var errors = new FieldErrors();
        if (T.IsOptional && IsAbsent(context.Request))
            return JsonSerializer.Deserialize("{}", T.JsonInfo)!;
        if (NotJson(context.Request) is { } refusal)
        {
            context.Items[ProblemKey] = refusal;
            return JsonSerializer.Deserialize("{}", T.JsonInfo);
        }
        var document = await Document(context.Request, errors, context.RequestAborted);
        // Text that cannot be stored is refused on its own: the fields holding it are never read.
        if (document is { } text)
            JsonText.Check(text, (field, message) => { if (errors.Count < JsonText.MaxFields) errors.Add(field, message); });
        var readable = document is not null && !errors.Any;
        // The endpoint's filter answers the problem before the handler runs, so an empty record stands in.
        var body = readable ? Fields<T>(document!.Value, errors) : null;
        body ??= JsonSerializer.Deserialize("{}", T.JsonInfo)!;
        if (readable)
            await body.Validate(errors, context.RequestServices);
        if (errors.Any)
            context.Items[ProblemKey] = errors.ToError();
        return body;
    }

    /// <summary>No content at all; a chunked body may still turn out empty, and is then read (and refused) like any other.</summary>
    private static bool IsAbsent(HttpRequest request) =>
        request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0;

    private static async Task<JsonElement?> Document(HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return Refuse(errors, $"The request body is larger than {MaxBytes / 1024} KB.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return Refuse(errors, "The request needs a JSON object as its body.");
        var bytes = buffer.ToArray();
        // The JSON reader checks text inside strings only when a value is read; check it all up front.
        if (!Utf8.IsValid(bytes))
            return Refuse(errors, "The request body is not valid UTF-8 text.");
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Refuse(errors, "The request body must be a JSON object, for example {\"status\": \"confirmed\"}.");
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Refuse(errors, $"The request body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
    }

    /// <summary>
    /// A body sent as anything but JSON is refused before it is read. A page on another site can
    /// post text/plain or a form here without the browser asking first (a "simple" request), but
    /// never application/json: this is what keeps such pages from booking or chatting in a visitor's
    /// name. A request with no body at all is left to the usual "needs a JSON object" answer.
    /// </summary>
    private static UnsupportedMediaTypeError? NotJson(HttpRequest request)
    {
        if (IsJson(request.ContentType))
            return null;
        var hasBody = request.ContentLength > 0
            || (request.ContentLength is null && request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        if (request.ContentType is null && !hasBody)
            return null;
        return new UnsupportedMediaTypeError(NotJsonDetail(request.ContentType));
    }

    /// <summary>Also the detail of the 415 that routing answers by itself for an endpoint that declares JSON (see WebSetup).</summary>
    public static string NotJsonDetail(string? contentType) =>
        $"The body must be JSON, sent with the header 'Content-Type: application/json' (this request said {(contentType is { } type ? $"'{type}'" : "nothing")}).";

    /// <summary>application/json or application/*+json; a charset is allowed and ignored, since JSON is UTF-8 (RFC 8259) and read as such.</summary>
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
        && (media.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static JsonElement? Refuse(FieldErrors errors, string message)
    {
        errors.Add("body", message);
        return null;
    }

    /// <summary>
    /// The record in one pass when every field has its type; otherwise each field is read alone to
    /// name every bad one, and the record is made of the good ones so the rest can still be judged.
    /// </summary>
    private static T? Fields<T>(JsonElement root, FieldErrors errors) where T : class, IRequestBody<T>
    {
        try
        {
            return root.Deserialize(T.JsonInfo);
        }
        catch (JsonException)
        {
        }
        var good = new JsonObject();
        foreach (var field in root.EnumerateObject())
        {
            var property = T.JsonInfo.Properties.FirstOrDefault(p => p.Name == field.Name);
            if (property is null)
                continue;
            if (FieldProblem(field.Value, property.PropertyType, T.JsonInfo.Options) is { } problem)
                errors.Add(field.Name, FieldRules.Say(problem, field.Name));
            else
                good[field.Name] = JsonNode.Parse(field.Value.GetRawText());
        }
        try
        {
            return good.Deserialize(T.JsonInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FieldProblem(JsonElement value, Type type, JsonSerializerOptions options)
    {
        try
        {
            JsonSerializer.Deserialize(value, options.GetTypeInfo(type));
            return null;
        }
        catch (FieldFormatException e)
        {
            return e.Rule;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return FieldRules.ForType(type);
        }
    }
}
