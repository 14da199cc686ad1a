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
        // A typed body checks its own text while it is read (RequestBodies), so it is parsed once. No
        // endpoint (404) or one of routing's own answers (a 415 for a form sent to a JSON endpoint, a 405)
        // reads no body, so none is read here either.
        var endpoint = context.GetEndpoint();
        var readsBody = endpoint is { Metadata.Count: > 0 } && endpoint.Metadata.GetMetadata<TypedBody>() is null;
        if (readsBody && request.HasFormContentType)
        {
            if (!await Form(request, errors))
            {
                await Refuse(context, errors);
                return;
            }
        }
        else if (readsBody && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
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
        catch (Exception e) when (e is InvalidDataException or IOException)
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
        if (JsonText.NameProblem(where, name) is not { } problem)
            return true;
        Add(errors, where, problem);
        return false;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, bool multiLine)
    {
        if (ControlText.Problem(field, value, multiLine) is { } problem)
            Add(errors, field, problem);
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message)
    {
        if (errors.Count < JsonText.MaxFields)
            errors.TryAdd(field, [message]);
    }

    /// <summary>
    /// Bodies that endpoints without a typed body (the import) read as JSON, whatever their content type says. Anything malformed or
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
                JsonText.Check(document.RootElement, (field, message) => Add(errors, field, message));
        }
        finally
        {
            request.Body.Position = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
