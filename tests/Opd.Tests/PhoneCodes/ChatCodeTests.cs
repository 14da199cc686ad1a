using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.PhoneCodes;

/// <summary>"My bookings" in the chat: nothing is listed for a mobile number until the code sent to it is typed back.</summary>
public sealed class ChatCodeTests(OpdApp app) : ApiTest(app)
{
    private sealed class Thread(HttpClient client)
    {
        private string? _id;

        public async Task<string> Say(string message)
        {
            var body = new JsonObject { ["message"] = message };
            if (_id is not null)
                body["thread_id"] = _id;
            var reply = await client.Send(HttpMethod.Post, "/chat", body.ToJsonString());
            Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
            _id = reply.Body!["thread_id"]!.GetValue<string>();
            return reply.Body!["response"]!.GetValue<string>();
        }
    }

    [Fact]
    public async Task MyBookings_AsksForTheCode_AndListsThemOnlyWithTheRightOne()
    {
        var phone = Unique.Phone();
        var token = await Anonymous.Book(Api.Booking(phone, "cardiology", App.OpenDay(), "11:00"));
        var chat = new Thread(Anonymous);

        var asked = await chat.Say($"show my bookings for {phone}");
        Assert.Contains("code", asked);
        Assert.DoesNotContain($"#{token.TokenNumber}", asked);
        Assert.DoesNotContain(token.TokenId, asked);
        var code = await App.LatestCode(phone);

        var wrong = await chat.Say(code == "000000" ? "111111" : "000000");
        Assert.Contains("not right", wrong);
        Assert.DoesNotContain(token.TokenId, wrong);

        var listed = await chat.Say($"the code is {code}");
        Assert.Contains($"#{token.TokenNumber}", listed);
        Assert.Contains($"/t/{token.TokenId}", listed);

        // Proven for this thread: asking again lists at once, and sends no second code.
        Assert.Contains(token.TokenId, await chat.Say($"my bookings for {phone}"));
        Assert.Single(await App.CodeMessages(phone));
    }

    [Fact]
    public async Task AThreadThatProvedOneNumber_LearnsNothingOfAnother()
    {
        var (mine, theirs) = (Unique.Phone(), Unique.Phone());
        var day = App.OpenDay();
        await Anonymous.Book(Api.Booking(mine, "dental", day, "10:00"));
        var other = await Anonymous.Book(Api.Booking(theirs, "dental", day, "10:00"));
        var chat = new Thread(Anonymous);
        await chat.Say($"my bookings {mine}");
        await chat.Say(await App.LatestCode(mine));

        var asked = await chat.Say($"show my bookings for {theirs}");
        Assert.DoesNotContain(other.TokenId, asked);
        Assert.DoesNotContain($"#{other.TokenNumber} ", asked);
        Assert.Contains("code", asked);
        // A bare number, as the earlier shortcut for "my bookings", is no way around it either.
        var bare = await new Thread(Anonymous).Say(theirs);
        Assert.DoesNotContain(other.TokenId, bare);
    }

    [Fact]
    public async Task InHindi_TheCodeIsAskedForInHindi_AndTypedInDevanagariDigits()
    {
        var phone = Unique.Phone();
        var token = await Anonymous.Book(Api.Booking(phone, "dental", App.OpenDay(), "12:00"));
        var chat = new Thread(Anonymous);
        Assert.Contains("कोड", await chat.Say($"मेरी बुकिंग दिखाओ {phone}"));
        var code = await App.LatestCode(phone);
        var devanagari = new string(code.Select(c => (char)('०' + (c - '0'))).ToArray());
        Assert.Contains(token.TokenId, await chat.Say(devanagari));
    }
}
