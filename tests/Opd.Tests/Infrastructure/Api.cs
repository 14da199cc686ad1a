using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Opd.Tests.Infrastructure;

/// <summary>Small helpers for talking JSON to the API the way existing /tokens clients do.</summary>
public static class Api
{
    public sealed record Reply(HttpStatusCode Status, JsonNode? Body, string Raw, string? ContentType)
    {
        public string? Detail => Body?["detail"]?.GetValue<string>();
        public JsonObject? Errors => Body?["errors"] as JsonObject;
        public JsonNode? Details => Body?["booking_details"];
        public string TokenId => Body!["token_id"]!.GetValue<string>();
        public int TokenNumber => Body!["token_number"]!.GetValue<int>();
    }

    /// <summary>A valid booking for the test Monday; each test changes only what it is about.</summary>
    public static JsonObject Booking(string phone = "9876543210", string department = "general_medicine",
        string date = "2026-11-23", string time = "10:30") => new()
    {
        ["patient_name"] = "John Doe",
        ["patient_phone"] = phone,
        ["patient_age"] = 35,
        ["department"] = department,
        ["booking_date"] = date,
        ["booking_time"] = time,
        ["symptoms"] = "Fever and headache",
        ["priority"] = "normal",
    };

    public static Task<Reply> Book(this HttpClient client, JsonObject body) => client.Send(HttpMethod.Post, "/tokens/book", body.ToJsonString());

    public static Task<Reply> Get(this HttpClient client, string url) => client.Send(HttpMethod.Get, url, null);

    public static Task<Reply> Delete(this HttpClient client, string url) => client.Send(HttpMethod.Delete, url, null);

    public static Task<Reply> Put(this HttpClient client, string url, JsonObject body) => client.Send(HttpMethod.Put, url, body.ToJsonString());

    public static Task<Reply> SetStatus(this HttpClient client, string tokenId, string status, string? notes = null) =>
        client.Put($"/tokens/{tokenId}/status", new JsonObject { ["status"] = status, ["notes"] = notes });

    public static async Task<Reply> Send(this HttpClient client, HttpMethod method, string url, string? json, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, mediaType);
        return await Read(await client.SendAsync(request));
    }

    public static async Task<Reply> SendBytes(this HttpClient client, string url, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return await Read(await client.PostAsync(url, content));
    }

    private static async Task<Reply> Read(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        try
        {
            body = raw.Length > 0 ? JsonNode.Parse(raw) : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }
        return new Reply(response.StatusCode, body, raw, response.Content.Headers.ContentType?.MediaType);
    }

    public static JsonObject With(this JsonObject body, string field, JsonNode? value)
    {
        body[field] = value;
        return body;
    }

}
