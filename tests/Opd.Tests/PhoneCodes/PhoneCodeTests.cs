using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.PhoneCodes;

/// <summary>One-time codes through HTTP against the real database; the code is read where the phone would get it, the outbox.</summary>
public sealed class PhoneCodeTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Code_ReachesTheOutbox_IsStoredHashed_AndItsVerificationListsThatPhonesTokens()
    {
        var phone = Unique.Phone();
        var booked = await Anonymous.Book(Api.Booking(phone, "dental", App.OpenDay(), "11:00"));
        Assert.Equal(HttpStatusCode.OK, booked.Status);

        var sent = await Anonymous.SendCode(phone);
        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        var message = Assert.Single(await App.CodeMessages(phone));
        var code = Codes.CodeIn(message.Text);
        Assert.Equal(DateTimeOffset.Parse(sent.Body!["expires_at"]!.GetValue<string>()), message.Deadline);
        Assert.Equal(App.Clock.GetUtcNow().AddMinutes(10), message.Deadline);
        Assert.Null(message.TokenId);

        // The code's own row holds no trace of the code in any column.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT row_to_json(c)::text, encode(salt, 'escape'), encode(hash, 'escape') FROM phone_codes c WHERE phone = @p", connection);
            read.Parameters.AddWithValue("p", phone);
            await using var row = await read.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());
            for (var i = 0; i < 3; i++)
                Assert.DoesNotContain(code, row.GetString(i));
        }

        var verified = await Anonymous.Verify(phone, code);
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        var proof = verified.Body!["verification"]!.GetValue<string>();
        Assert.True(proof.Length >= 40);
        Assert.Equal(App.Clock.GetUtcNow().AddMinutes(30), DateTimeOffset.Parse(verified.Body["expires_at"]!.GetValue<string>()));

        var mine = await Anonymous.WithProof(proof, HttpMethod.Get, "/api/v1/my-tokens");
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        var token = Assert.Single(mine.Body!["tokens"]!.AsArray());
        Assert.Equal(booked.TokenId, token!["token_id"]!.GetValue<string>());
        Assert.Equal($"/t/{booked.TokenId}", token["link"]!.GetValue<string>());

        // Used once: the same code verifies nothing again.
        var again = await Anonymous.Verify(phone, code);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.NotNull(again.Errors!["code"]);
    }

    [Fact]
    public async Task TheSendAnswer_IsTheSame_ForANumberWithTokensAndOneWithout()
    {
        var holder = Unique.Phone();
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(holder, date: App.OpenDay()))).Status);
        var withTokens = await Anonymous.SendCode(holder);
        var without = await Anonymous.SendCode(Unique.Phone());
        Assert.Equal(HttpStatusCode.Accepted, withTokens.Status);
        Assert.Equal(withTokens.Status, without.Status);
        Assert.Equal(withTokens.Body!["message"]!.GetValue<string>(), without.Body!["message"]!.GetValue<string>());
        Assert.Equal(withTokens.Body.AsObject().Select(p => p.Key), without.Body.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task FiveWrongCodes_KillTheCode_EvenForTheRightOne()
    {
        var phone = Unique.Phone();
        await Anonymous.SendCode(phone);
        var code = await App.LatestCode(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 1; i <= 5; i++)
        {
            var reply = await Anonymous.Verify(phone, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("application/problem+json", reply.ContentType);
            Assert.Contains(i < 5 ? $"{5 - i} tr" : "last try", reply.Errors!["code"]![0]!.GetValue<string>());
        }
        var right = await Anonymous.Verify(phone, code);
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("new code", right.Errors!["code"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ACode_ExpiresAfterTenMinutes()
    {
        var (phone, other) = (Unique.Phone(), Unique.Phone());
        await Anonymous.SendCode(phone);
        await Anonymous.SendCode(other);
        var start = App.Clock.Now;
        try
        {
            App.Clock.Now = start.AddMinutes(9).AddSeconds(59);
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.Verify(other, await App.LatestCode(other))).Status);
            App.Clock.Now = start.AddMinutes(10);
            var late = await Anonymous.Verify(phone, await App.LatestCode(phone));
            Assert.Equal(HttpStatusCode.BadRequest, late.Status);
            Assert.NotNull(late.Errors!["code"]);
        }
        finally
        {
            App.Clock.Now = start;
        }
    }

    [Fact]
    public async Task TenParallelSends_SendExactlyOneCode_ThenTheThrottleLetsOneAMinuteAndFiveAnHour()
    {
        var phone = Unique.Phone();
        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => App.Anonymous().SendCode(phone)));
        Assert.Equal(1, replies.Count(r => r.Status == HttpStatusCode.Accepted));
        Assert.Equal(9, replies.Count(r => r.Status == HttpStatusCode.TooManyRequests));
        Assert.Single(await App.CodeMessages(phone));

        var start = App.Clock.Now;
        try
        {
            using var client = App.CreateClient();
            var soon = await client.PostAsync("/api/v1/phone-codes", new StringContent($"{{\"phone\": \"{phone}\"}}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.TooManyRequests, soon.StatusCode);
            Assert.True(soon.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromSeconds(60), $"{soon.Headers.RetryAfter}");
            for (var i = 1; i <= 4; i++)
            {
                App.Clock.Now = start.AddSeconds(61 * i);
                Assert.Equal(HttpStatusCode.Accepted, (await Anonymous.SendCode(phone)).Status);
            }
            App.Clock.Now = start.AddSeconds(61 * 5);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await Anonymous.SendCode(phone)).Status);
            App.Clock.Now = start.AddHours(1).AddSeconds(1);
            Assert.Equal(HttpStatusCode.Accepted, (await Anonymous.SendCode(phone)).Status);
            Assert.Equal(6, (await App.CodeMessages(phone)).Count);
            // A new code replaces the last: only the latest verifies.
            var codes = (await App.CodeMessages(phone)).Select(m => Codes.CodeIn(m.Text)).ToList();
            if (codes[^2] != codes[^1])
                Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous.Verify(phone, codes[^2])).Status);
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.Verify(phone, codes[^1])).Status);
        }
        finally
        {
            App.Clock.Now = start;
        }
    }

    [Fact]
    public async Task AProofForOnePhone_NeitherListsNorCancelsAnothersToken()
    {
        var (a, b) = (Unique.Phone(), Unique.Phone());
        var day = App.OpenDay();
        var tokenA = await Anonymous.Book(Api.Booking(a, "pediatrics", day, "10:00"));
        var tokenB = await Anonymous.Book(Api.Booking(b, "pediatrics", day, "10:00"));
        var proofA = await App.Proof(Anonymous, a);

        var mine = await Anonymous.WithProof(proofA, HttpMethod.Get, "/api/v1/my-tokens");
        Assert.Equal([tokenA.TokenId], mine.Body!["tokens"]!.AsArray().Select(t => t!["token_id"]!.GetValue<string>()));
        Assert.Equal(a, mine.Body["phone"]!.GetValue<string>());

        var cancelB = await Anonymous.WithProof(proofA, HttpMethod.Post, $"/api/v1/my-tokens/{tokenB.TokenId}/cancel");
        Assert.Equal(HttpStatusCode.NotFound, cancelB.Status);
        Assert.Equal("pending", (await Admin.Get($"/tokens/{tokenB.TokenId}")).Details!["status"]!.GetValue<string>());

        var cancelA = await Anonymous.WithProof(proofA, HttpMethod.Post, $"/api/v1/my-tokens/{tokenA.TokenId}/cancel");
        Assert.Equal(HttpStatusCode.OK, cancelA.Status);
        Assert.Equal("cancelled", cancelA.Details!["status"]!.GetValue<string>());
        Assert.Empty((await Anonymous.WithProof(proofA, HttpMethod.Get, "/api/v1/my-tokens")).Body!["tokens"]!.AsArray());
    }

    [Fact]
    public async Task WithoutAValidProof_MyTokensAnswer401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get("/api/v1/my-tokens")).Status);
        var forged = await Anonymous.WithProof("not-a-verification", HttpMethod.Get, "/api/v1/my-tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal("application/problem+json", forged.ContentType);
        Assert.Contains("verification", forged.Detail);

        var phone = Unique.Phone();
        var proof = await App.Proof(Anonymous, phone);
        var start = App.Clock.Now;
        try
        {
            App.Clock.Now = start.AddMinutes(31);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.WithProof(proof, HttpMethod.Get, "/api/v1/my-tokens")).Status);
        }
        finally
        {
            App.Clock.Now = start;
        }
    }

    [Theory]
    [InlineData("{\"phone\": \"12345\"}", "/api/v1/phone-codes", "phone")]
    [InlineData("{}", "/api/v1/phone-codes", "phone")]
    [InlineData("{\"phone\": \"9876543210\", \"language\": \"fr\"}", "/api/v1/phone-codes", "language")]
    [InlineData("{\"phone\": \"9876543210\", \"code\": \"12ab56\"}", "/api/v1/phone-codes/verify", "code")]
    [InlineData("{\"phone\": \"9876543210\"}", "/api/v1/phone-codes/verify", "code")]
    [InlineData("{\"phone\": 98765, \"code\": \"123456\"}", "/api/v1/phone-codes/verify", "phone")]
    public async Task BadInput_IsA400NamingTheField(string body, string url, string field)
    {
        var reply = await Anonymous.Send(HttpMethod.Post, url, body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.NotNull(reply.Errors![field]);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheRoutesAndTheHeader()
    {
        var paths = (await Anonymous.Get("/openapi/v1.json")).Body!["paths"]!;
        Assert.NotNull(paths["/api/v1/phone-codes"]!["post"]!["requestBody"]);
        Assert.NotNull(paths["/api/v1/phone-codes/verify"]!["post"]);
        foreach (var (path, method, required) in new[] { ("/api/v1/my-tokens", "get", true), ("/api/v1/my-tokens/{token_id}/cancel", "post", true),
                     ("/tokens/book", "post", false), ("/api/v1/book", "post", false) })
        {
            var header = paths[path]![method]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == Codes.Header)!;
            Assert.Equal("header", header["in"]!.GetValue<string>());
            Assert.Equal(required, header["required"]?.GetValue<bool>() ?? false);
        }
    }

    [Fact]
    public async Task StaffStillSearchByPhone_WithoutACode()
    {
        var phone = Unique.Phone();
        await Anonymous.Book(Api.Booking(phone, date: App.OpenDay()));
        var found = await Admin.Get($"/tokens/search?patient_phone={phone}");
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Single(found.Body!.AsArray());
    }
}
