using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>The API document describes the bodies that are really read: no documented field is ignored.</summary>
public sealed class RequestSchemaTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task EveryDocumentedBodyProperty_IsRead()
    {
        var document = (await Anonymous.Get("/openapi/v1.json")).Body!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var checkedProperties = 0;
        var unread = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var schema = Resolve(operation?["requestBody"]?["content"]?["application/json"]?["schema"], schemas);
                if (schema?["properties"] is not JsonObject properties)
                    continue;
                var url = FillPath(path, operation!);
                foreach (var (property, _) in properties)
                {
                    // An object where the schema wants a text, number, date or list: a field that is read must be named.
                    var body = new JsonObject { [property] = new JsonObject { ["not"] = "this" } }.ToJsonString();
                    var reply = await Admin.Send(new HttpMethod(method.ToUpperInvariant()), url, body);
                    checkedProperties++;
                    if (reply.Status != HttpStatusCode.BadRequest || reply.Errors?.ContainsKey(property) != true)
                        unread.Add($"{method.ToUpperInvariant()} {path} {property}: {(int)reply.Status} {reply.Raw}");
                }
            }
        }
        Assert.True(checkedProperties >= 20, $"only {checkedProperties} documented body properties were found");
        Assert.Empty(unread);
    }

    [Fact]
    public async Task BookingBody_IsDocumentedWithItsWireTypes()
    {
        var document = (await Anonymous.Get("/openapi/v1.json")).Body!;
        var schema = Resolve(document["paths"]!["/tokens/book"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"],
            document["components"]?["schemas"]?.AsObject())!;
        var properties = schema["properties"]!.AsObject();
        foreach (var field in new[] { "patient_name", "patient_phone", "patient_age", "department", "booking_date", "booking_time", "doctor_name",
                     "symptoms", "priority", "notes", "source" })
            Assert.True(properties.ContainsKey(field), field);
        Assert.Contains("string", TypeOf(properties["patient_phone"], document));
        Assert.Contains("string", TypeOf(properties["booking_date"], document));
    }

    /// <summary>The type of a property, also when it is "null or a value of this schema".</summary>
    private static string TypeOf(JsonNode? property, JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var value = property?["oneOf"]?.AsArray().FirstOrDefault(s => s?["type"]?.ToJsonString() != "\"null\"") ?? property;
        return Resolve(value, schemas)?["type"]?.ToJsonString() ?? "";
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is { } reference; i++)
            schema = schemas?[reference.GetValue<string>().Split('/')[^1]];
        return schema;
    }

    private static string FillPath(string path, JsonNode operation)
    {
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter?["in"]?.GetValue<string>() != "path")
                continue;
            var name = parameter["name"]!.GetValue<string>();
            var numeric = parameter["schema"]?.ToJsonString().Contains("integer") == true;
            path = path.Replace("{" + name + "}", numeric ? "1" : "general_medicine");
        }
        return path;
    }
}
