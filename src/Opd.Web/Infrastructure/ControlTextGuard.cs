using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Opd.Core.Common;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.Infrastructure;

/// <summary>
/// Holds every request's text to <see cref="ControlText"/> before any endpoint or page reads it: the
/// query string, the route values, form fields and JSON bodies. One 400 names every bad field by its
/// wire name; the endpoints then never see a NUL or another control character.
/// </summary>
public static class ControlTextGuard
{
    /// <summary>Enough to say what is wrong; a body full of bad strings does not need a thousand lines.</summary>
    private const int MaxFields = 20;

    public static async Task Check(HttpContext context, Func<Task> next)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = context.Request;
        foreach (var (key, values) in request.Query)
            Strings(errors, "query", key, values);
        // Routing has already run (the host adds it first), so the route values are known here.
        foreach (var (key, value) in request.RouteValues)
            if (value is string text)
                Text(errors, key, text, multiLine: false);
        if (request.HasFormContentType)
        {
            if (!await Form(request, errors))
            {
                await Refuse(context, errors);
                return;
            }
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
            await Json(request, errors);

        if (errors.Count > 0)
            await Refuse(context, errors);
        else
            await next();
    }

    /// <summary>False when the form cannot be read at all; antiforgery and the page read the same buffered form after this.</summary>
    private static async Task<bool> Form(HttpRequest request, Dictionary<string, string[]> errors)
    {
        var urlEncoded = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (urlEncoded)
            request.EnableBuffering();
        try
        {
            foreach (var (key, values) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
                Strings(errors, "form", key, values);
            return true;
        }
        catch (InvalidDataException)
        {
            // The form reader refuses a NUL without saying where it is: find the field in the raw form.
            if (urlEncoded && request.ContentLength is <= RequestBodies.MaxBytes)
            {
                request.Body.Position = 0;
                var raw = await new StreamReader(request.Body).ReadToEndAsync(request.HttpContext.RequestAborted);
                foreach (var (key, values) in QueryHelpers.ParseQuery(raw))
                    Strings(errors, "form", key, values);
            }
            if (errors.Count == 0)
                Add(errors, "form", "The form could not be read: it is malformed, too large or holds characters that cannot be read.");
            return false;
        }
    }

    private static Task Refuse(HttpContext context, Dictionary<string, string[]> errors) =>
        new ValidationError(errors).ToProblem().ExecuteAsync(context);

    private static void Strings(Dictionary<string, string[]> errors, string where, string key, StringValues values)
    {
        if (Name(errors, where, key))
            foreach (var value in values)
                Text(errors, key, value, ControlText.IsMultiLine(key) && where == "form");
    }

    /// <summary>True when the name itself is fine; a bad name is reported under the part of the request it is in.</summary>
    private static bool Name(Dictionary<string, string[]> errors, string where, string name)
    {
        if (ControlText.Problem("name", name, multiLine: false) is null)
            return true;
        var part = where switch { "query" => "the query string", "form" => "the form", "body" => "the body", _ => where };
        Add(errors, where, $"A field name in {part} contains a line break or an invisible or broken character; field names are plain words such as patient_name.");
        return false;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, bool multiLine)
    {
        if (ControlText.Problem(field, value, multiLine) is { } problem)
            Add(errors, field, problem);
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message)
    {
        if (errors.Count < MaxFields)
            errors.TryAdd(field, [message]);
    }

    /// <summary>
    /// Bodies that the endpoints read as JSON, whatever their content type says. Anything malformed or
    /// larger than <see cref="RequestBodies.MaxBytes"/> is left to the endpoint, which refuses it in its own words.
    /// </summary>
    private static async Task Json(HttpRequest request, Dictionary<string, string[]> errors)
    {
        if (request.ContentLength is 0 or > RequestBodies.MaxBytes)
            return;
        request.EnableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(RequestBodies.MaxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= RequestBodies.MaxBytes
                   && (read = await request.Body.ReadAsync(buffer.AsMemory(length, RequestBodies.MaxBytes + 1 - length), request.HttpContext.RequestAborted)) > 0)
                length += read;
            var bytes = buffer.AsMemory(0, length);
            if (length is 0 or > RequestBodies.MaxBytes || !Utf8.IsValid(bytes.Span))
                return;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                return;
            }
            using (document)
                Walk(document.RootElement, "", null, errors);
        }
        finally
        {
            request.Body.Position = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Every string and property name; a field is named by its path (roles[1], a nested record's notes), and may span lines if its own name says so.</summary>
    private static void Walk(JsonElement element, string path, string? name, Dictionary<string, string[]> errors)
    {
        var field = path.Length == 0 ? "body" : path;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string key;
                    try
                    {
                        key = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        Add(errors, field, ControlText.Broken("A field name"));
                        continue;
                    }
                    if (Name(errors, field, key))
                        Walk(property.Value, path.Length == 0 ? key : $"{path}.{key}", key, errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, $"{field}[{index++}]", name, errors);
                break;
            case JsonValueKind.String:
                string? text;
                try
                {
                    text = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    Add(errors, field, ControlText.Broken(field));
                    break;
                }
                Text(errors, field, text, name is not null && ControlText.IsMultiLine(name));
                break;
        }
    }
}
