using System.Net;
using System.Text;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>No input, however malformed, may produce a 500 or change any data.</summary>
public sealed class MalformedInputTests(OpdApp app) : ApiTest(app)
{
    public static TheoryData<string> Bodies => new()
    {
        "",
        "not json",
        "[]",
        "\"just a string\"",
        "42",
        "null",
        "{",
        "{\"patient_name\": }",
        "{\"patient_age\": {\"years\": 35}}",
        "{\"patient_age\": 3.5}",
        "{\"patient_age\": 99999999999999999999}",
        "{\"patient_name\": 12, \"patient_phone\": 9876543210, \"department\": [\"cardiology\"], \"booking_date\": 20261124, \"booking_time\": true}",
        "{\"patient_name\": \"Nul\\u0000 Byte\", \"patient_phone\": \"9876543210\", \"patient_age\": 30, \"department\": \"dental\", \"booking_date\": \"2026-11-24\", \"booking_time\": \"10:00\"}",
        "{\"booking_date\": \"2026-02-30\", \"booking_time\": \"24:00\"}",
        new string('[', 5000) + new string(']', 5000),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBooking_IsA400ProblemAndBooksNothing(string body)
    {
        var before = await CountTokens();
        var reply = await Anonymous.Send(HttpMethod.Post, "/tokens/book", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(reply.Detail));
        Assert.Equal(before, await CountTokens());
    }

    [Fact]
    public async Task InvalidUtf8_IsA400()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"patient_name\": \"Ab\"}");
        bytes[18] = 0xC3;
        bytes[19] = 0x28;
        var reply = await Anonymous.SendBytes("/tokens/book", bytes);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task HugeBody_IsRefusedWithoutReadingItAll()
    {
        var reply = await Anonymous.Send(HttpMethod.Post, "/tokens/book", "{\"notes\": \"" + new string('x', 2_000_000) + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("larger than", reply.Detail);
    }

    [Fact]
    public async Task OverlongFreeText_IsNamed()
    {
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("symptoms", new string('s', 1001)));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey("symptoms"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{\"status\": 5}")]
    [InlineData("{\"status\": \"confirmed\", \"notes\": [\"x\"]}")]
    public async Task MalformedStatusChange_IsA400(string body)
    {
        var token = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        var reply = await Admin.Send(HttpMethod.Put, $"/tokens/{token.TokenId}/status", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("pending", (await Anonymous.Get($"/tokens/{token.TokenId}")).Details!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/tokens/%E2%82")]
    [InlineData("/tokens/' OR 1=1 --")]
    [InlineData("/tokens/search?patient_name=%27%3B%20DROP%20TABLE%20tokens%3B%20--")]
    [InlineData("/tokens/search?limit=0")]
    [InlineData("/tokens/search?limit=1000000")]
    [InlineData("/tokens/daily/9999-99-99")]
    public async Task OddUrls_AreNever500(string url)
    {
        var reply = await Admin.Get(url);
        Assert.True((int)reply.Status is >= 200 and < 500, $"{url} answered {(int)reply.Status}: {reply.Raw}");
    }

    [Fact]
    public async Task UnknownRoute_IsA404Problem()
    {
        var reply = await Anonymous.Get("/tokens/x/y/z");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
    }

    private async Task<int> CountTokens()
    {
        await using var db = App.Db();
        return db.Tokens.Count();
    }
}
