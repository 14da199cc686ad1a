using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>Every operation the OpenAPI document lists, sent control characters in every text it takes: a 400 naming the field, never a 5xx.</summary>
public sealed partial class ControlCharacterOpenApiTests(OpdApp app) : ApiTest(app)
{
    /// <summary>Characters no field accepts, multi-line or not.</summary>
    private static readonly string[] Hostile = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085"];

    private static string Bad(string c) => $"ab{c}cd";

    /// <summary>Bodies the handlers read that the document does not (or not fully) describe.</summary>
    private static readonly Dictionary<string, string[]> Undocumented = new()
    {
        ["POST /tokens/current/set"] = ["department", "doctor_name", "token_id"],
        ["POST /api/queue/tokens/{token_id}/transfer"] = ["department", "note"],
        ["POST /api/v1/book"] = ["slot_id"],
    };

    [Fact]
    public async Task EveryDocumentedOperation_RefusesControlCharacters_AndNeverAnswers5xx()
    {
        var document = (await Anonymous.Get("/openapi/v1.json")).Body!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = 0;
        var refused = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, node) in item!.AsObject())
            {
                if (method == "parameters")
                    continue;
                operations++;
                var operation = node!.AsObject();
                var staffOnly = operation["security"] is not null;
                var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
                var bodyFields = BodyFields(method, path, operation, schemas);
                foreach (var c in Hostile)
                    foreach (var (client, anonymous) in new[] { (Anonymous, true), (Admin, false) })
                    {
                        var expectRefusal = !(anonymous && staffOnly);
                        foreach (var parameter in parameters)
                        {
                            var name = parameter["name"]!.GetValue<string>();
                            var inPath = parameter["in"]!.GetValue<string>() == "path";
                            // The server's URL decoder refuses a NUL in the path itself (see ControlCharacterOnKestrelTests).
                            if (inPath && (!IsString(parameter["schema"]) || c == "\u0000"))
                                continue;
                            var url = Url(path, parameters, inPath ? name : null, c) + (inPath ? "" : $"?{name}={Uri.EscapeDataString(Bad(c))}");
                            var reply = await client.Send(new HttpMethod(method.ToUpperInvariant()), url, null);
                            Check(reply, $"{method} {url}", expectRefusal, [name]);
                            refused++;
                        }
                        if (bodyFields.Count == 0)
                            continue;
                        var (body, expected) = HostileBody(path, bodyFields, c);
                        var sent = await client.Send(new HttpMethod(method.ToUpperInvariant()), Url(path, parameters, null, c), body.ToJsonString());
                        Check(sent, $"{method} {path} {body.ToJsonString()}", expectRefusal, expected);
                        refused++;
                    }
            }
        Assert.True(operations >= 60, $"The document lists only {operations} operations.");
        Assert.True(refused >= 600, $"Only {refused} hostile requests were sent.");
        await NothingStoredHoldsAControlCharacter();
    }

    private static IReadOnlyList<string> BodyFields(string method, string path, JsonObject operation, JsonObject schemas)
    {
        var fields = new List<string>();
        if (operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() is { } reference
            && schemas[reference.Split('/').Last()]?["properties"] is JsonObject properties)
            fields.AddRange(properties.Where(p => IsString(p.Value) || p.Value?["items"] is { } items && IsString(items)).Select(p => p.Key));
        fields.AddRange(Undocumented.GetValueOrDefault($"{method.ToUpperInvariant()} {path}", []));
        if (method == "post" && path.StartsWith("/api/queue/") && !path.EndsWith("/transfer") && !path.EndsWith("/call"))
            fields.Add("token_id");
        if (path == "/api/imports/legacy")
            fields.Add("import");
        return fields.Distinct().ToList();
    }

    /// <summary>A body with a hostile value in every field, and the names the 400 must give.</summary>
    private static (JsonObject Body, string[] Expected) HostileBody(string path, IReadOnlyList<string> fields, string c)
    {
        if (path == "/api/imports/legacy")
        {
            var key = "11111111-2222-3333-4444-555555555555";
            return (new JsonObject { [key] = new JsonObject { ["patient_name"] = Bad(c), ["notes"] = Bad(c) } }, [$"{key}.patient_name", $"{key}.notes"]);
        }
        var body = new JsonObject();
        var expected = new List<string>();
        foreach (var field in fields)
        {
            var array = field is "roles" or "weekdays";
            body[field] = array ? new JsonArray("mon", Bad(c)) : Bad(c);
            expected.Add(array ? $"{field}[1]" : field);
        }
        return (body, [.. expected]);
    }

    private static void Check(Api.Reply reply, string what, bool expectRefusal, IReadOnlyCollection<string> fields)
    {
        Assert.True((int)reply.Status < 500, $"{what} answered {(int)reply.Status}: {reply.Raw}");
        if (!expectRefusal)
        {
            Assert.True(reply.Status == HttpStatusCode.Unauthorized, $"{what} without a key answered {(int)reply.Status}");
            return;
        }
        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{what} answered {(int)reply.Status}: {reply.Raw}");
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(reply.Detail), what);
        foreach (var field in fields)
            Assert.True(reply.Errors?.ContainsKey(field) == true, $"{what} did not name {field}: {reply.Raw}");
    }

    private static bool IsString(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue v => v.GetValue<string>() == "string",
        JsonArray a => a.Any(t => t?.GetValue<string>() == "string"),
        _ => false,
    };

    /// <summary>The path with placeholders filled in, the one under test holding a hostile value.</summary>
    private static string Url(string path, List<JsonObject> parameters, string? hostile, string c) =>
        PathParameter().Replace(path, m =>
        {
            var name = m.Groups[1].Value;
            if (name == hostile)
                return Uri.EscapeDataString(Bad(c));
            var schema = parameters.FirstOrDefault(p => p["name"]!.GetValue<string>() == name)?["schema"];
            return IsString(schema) ? "x" : "1";
        });

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex PathParameter();

    private async Task NothingStoredHoldsAControlCharacter()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        Assert.Contains(("tokens", "patient_name"), columns);
        foreach (var (table, column) in columns)
        {
            await using var count = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]'", connection);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
    }
}
