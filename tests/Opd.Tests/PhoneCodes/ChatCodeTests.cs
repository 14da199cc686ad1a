using Opd.Tests.Infrastructure;

namespace Opd.Tests.PhoneCodes;

/// <summary>"My bookings" in the chat: nothing is listed for a mobile number until the code sent to it is typed back.</summary>
public sealed class ChatCodeTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task MyBookings_AsksForTheCode_AndListsThemOnlyWithTheRightOne()
    {
        var phone = Unique.Phone();
        var token = await Anonymous.Book(Api.Booking(phone, "cardiology", App.OpenDay(), "11:00"));
        var chat = new ChatThread(Anonymous);

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
        var chat = new ChatThread(Anonymous);
        await chat.Say($"my bookings {mine}");
        await chat.Say(await App.LatestCode(mine));

        var asked = await chat.Say($"show my bookings for {theirs}");
        Assert.DoesNotContain(other.TokenId, asked);
        Assert.DoesNotContain($"#{other.TokenNumber} ", asked);
        Assert.Contains("code", asked);
        // A bare number, as the earlier shortcut for "my bookings", is no way around it either.
        var bare = await new ChatThread(Anonymous).Say(theirs);
        Assert.DoesNotContain(other.TokenId, bare);
    }

    [Fact]
    public async Task TheVerificationHeader_ProvesTheNumberToTheChatToo()
    {
        var phone = Unique.Phone();
        var token = await Anonymous.Book(Api.Booking(phone, "dental", App.OpenDay(), "11:30"));
        var proof = await App.Proof(Anonymous, phone);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(Codes.Header, proof);
        Assert.Contains(token.TokenId, await new ChatThread(client).Say($"show my bookings for {phone}"));
        Assert.Single(await App.CodeMessages(phone));
    }

    [Fact]
    public async Task InHindi_TheCodeIsAskedForInHindi_AndTypedInDevanagariDigits()
    {
        var phone = Unique.Phone();
        var token = await Anonymous.Book(Api.Booking(phone, "dental", App.OpenDay(), "12:00"));
        var chat = new ChatThread(Anonymous);
        Assert.Contains("कोड", await chat.Say($"मेरी बुकिंग दिखाओ {phone}"));
        var code = await App.LatestCode(phone);
        var devanagari = new string(code.Select(c => (char)('०' + (c - '0'))).ToArray());
        Assert.Contains(token.TokenId, await chat.Say(devanagari));
    }
}
