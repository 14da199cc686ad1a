using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

/// <summary>
/// The JSON endpoints read only JSON: a page on another site can make a browser post text/plain or a
/// form without asking first, never application/json, so those are refused before anything happens.
/// </summary>
public sealed class JsonContentTypeTests(OpdApp app) : ApiTest(app)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("application/jsonx")]
    [InlineData(null)]
    public async Task Booking_SentAsAnythingButJson_Is415_AndBooksNothing(string? contentType)
    {
        var date = App.OpenDay();
        var phone = Unique.Phone();
        var reply = await Post("/tokens/book", Api.Booking(phone, date: date).ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(415, reply.Body!["status"]!.GetValue<int>());
        Assert.True(reply.Detail?.Contains("Content-Type: application/json") == true, reply.Raw);
        // Nothing was booked: the same phone books that day's first token now.
        var booked = await Anonymous.Book(Api.Booking(phone, date: date));
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        Assert.Equal(1, booked.TokenNumber);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("APPLICATION/JSON;charset=UTF-8")]
    [InlineData("application/vnd.opd.booking+json")]
    public async Task Booking_SentAsJson_InAnyOfItsSpellings_IsAccepted(string contentType)
    {
        var reply = await Post("/tokens/book", Api.Booking(Unique.Phone(), date: App.OpenDay()).ToJsonString(), contentType);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task EveryTypedBody_RefusesText()
    {
        var token = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        var status = await Send(Admin, HttpMethod.Put, $"/tokens/{token.TokenId}/status", """{"status": "confirmed"}""", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status.Status);
        Assert.Equal("pending", (await Admin.Get($"/tokens/{token.TokenId}")).Details!["status"]!.GetValue<string>());

        var doctor = await Admin.NewDoctor();
        var slot = await Send(Anonymous, HttpMethod.Post, "/api/v1/book",
            $$"""{"doctor_id": {{doctor}}, "patient_name": "Sanjay", "patient_phone": "{{Unique.Phone()}}"}""", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, slot.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Chat_SentAsASimpleCrossSiteForm_Is415_AndStartsNoThread(string contentType)
    {
        var reply = await Post("/chat", """{"message": "book a token in general medicine"}""", contentType);
        Assert.True(HttpStatusCode.UnsupportedMediaType == reply.Status, reply.Raw);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Null(reply.Body!["thread_id"]);
        Assert.Null(reply.Body!["response"]);

        var json = await Post("/chat", """{"message": "hello"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.False(string.IsNullOrEmpty(json.Body!["response"]?.GetValue<string>()), json.Raw);
    }

    [Fact]
    public async Task NoBodyAndNoContentType_StillSaysABodyIsNeeded()
    {
        var reply = await Post("/tokens/book", null, null);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("needs a JSON object", reply.Detail);
    }

    private Task<Api.Reply> Post(string url, string? body, string? contentType) => Send(Anonymous, HttpMethod.Post, url, body, contentType);

    private static async Task<Api.Reply> Send(HttpClient client, HttpMethod method, string url, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        using var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        var json = raw.Length > 0 && raw[0] == '{' ? System.Text.Json.Nodes.JsonNode.Parse(raw) : null;
        return new Api.Reply(response.StatusCode, json, raw, response.Content.Headers.ContentType?.MediaType);
    }
}
