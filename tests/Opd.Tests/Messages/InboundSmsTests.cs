using System.Net;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Messages;
using Opd.Core.Tokens;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages;

/// <summary>Booking and asking by SMS: the sender's number is the patient's, and the answer comes back by SMS through the outbox.</summary>
public sealed class InboundSmsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly DateOnly Tomorrow = OpdApp.Monday.AddDays(1);
    private StandInGateway _gateway = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await StandInGateway.Start();
        _app = new OpdApp(await postgres.CreateDatabase(), InboundSms.Settings(_gateway));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task BookCardioTomorrow_BooksForTheSender_AndTheConfirmationReachesTheGateway()
    {
        var phone = await ReturningPatient();
        var reply = await _app.Sms(phone, "BOOK CARDIO TOMORROW");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("answered", reply.Body!["status"]!.GetValue<string>());

        var token = Assert.Single(await _app.Tokens(phone), t => t.BookingDate == Tomorrow);
        Assert.Equal("cardiology", token.DepartmentCode);
        Assert.Equal("Asha Das", token.PatientName);
        Assert.Equal(TokenStatus.Pending, token.Status);
        var confirmation = Assert.Single(await _app.Messages(token.Id));
        await _app.WaitFor(confirmation.Id, MessageStatus.Sent);
        var sms = Assert.Single(_gateway.SmsTo(phone), r => r.Form["text"].Contains("Cardiology"));
        Assert.Equal($"Your OPD token: {token.TokenNumber}, Cardiology, 24-11-2026 {token.BookingTime:HH:mm}. See your turn live: https://opd.example.in/t/{token.Id}",
            sms.Form["text"]);
    }

    [Fact]
    public async Task BookByANewNumber_TheAssistantAsksNameAndAge_InThePhonesConversation_ThenBooks()
    {
        var phone = Unique.Phone();
        Assert.Contains("name", await _app.ReplyText(await _app.Sms(phone, "BOOK DENTAL TOMORROW")));
        Assert.Contains("How old", await _app.ReplyText(await _app.Sms(phone, "Ravi Kumar")));
        // The number is not asked for: the carrier proved it.
        Assert.Contains("problem", await _app.ReplyText(await _app.Sms(phone, "41")));
        var summary = await _app.ReplyText(await _app.Sms(phone, "tooth pain"));
        Assert.Contains(phone, summary);
        Assert.Contains("(yes/no)", summary);
        var booked = await _app.ReplyText(await _app.Sms(phone, "yes"));
        Assert.StartsWith("OPD: Booked!", booked);
        Assert.Contains(" https://opd.example.in/t/", booked);

        var token = Assert.Single(await _app.Tokens(phone));
        Assert.Equal(("dental", Tomorrow, "Ravi Kumar"), (token.DepartmentCode, token.BookingDate, token.PatientName));
        await Eventually.Get(() => Task.FromResult(_gateway.SmsTo(phone)), s => s.Any(r => r.Form["text"].StartsWith("OPD: Booked!")), "the answer by SMS");
    }

    [Fact]
    public async Task Status_ListsTheSendersUpcomingTokens_TodaysWithItsLivePlace()
    {
        var phone = await ReturningPatient();
        var ahead = await _app.Anonymous().Book(Api.Booking(Unique.Phone(), date: "2026-11-23", time: "10:00"));
        var today = await _app.Anonymous().Book(Api.Booking(phone, date: "2026-11-23", time: "10:30"));
        Assert.Equal(HttpStatusCode.OK, today.Status);
        var text = await _app.ReplyText(await _app.Sms(phone, "STATUS"));
        var later = Assert.Single(await _app.Tokens(phone), t => t.BookingDate.Month == 12);
        Assert.StartsWith($"OPD: Token {today.TokenNumber}, General Medicine, 23-11 10:30: ", text);
        Assert.Contains(" before you, about ", text);
        Assert.EndsWith($"Token {later.TokenNumber}, General Medicine, 30-12 10:30.", text);
        Assert.DoesNotContain("23-11 10:00", text);
        Assert.Contains("1 before you", text);

        var none = await _app.ReplyText(await _app.Sms(Unique.Phone(), "status"));
        Assert.Contains("No upcoming OPD token", none);

        // Asked in a sentence, the phone's own tokens come without a code or the number.
        var sentence = await _app.ReplyText(await _app.Sms(phone, "show my bookings"));
        Assert.Contains($"Token {later.TokenNumber}, General Medicine, 30-12 10:30", sentence);
    }

    [Fact]
    public async Task CancelN_CancelsOnlyTheSendersOwnToken()
    {
        var date = _app.OpenDay();
        var (mine, theirs) = (Unique.Phone(), Unique.Phone());
        var myToken = await _app.Anonymous().Book(Api.Booking(mine, date: date));
        var theirToken = await _app.Anonymous().Book(Api.Booking(theirs, date: date));

        var refused = await _app.ReplyText(await _app.Sms(mine, $"CANCEL {theirToken.TokenNumber}"));
        Assert.Contains($"no upcoming token number {theirToken.TokenNumber}", refused);
        Assert.All(await _app.Tokens(theirs), t => Assert.Equal(TokenStatus.Pending, t.Status));

        var done = await _app.ReplyText(await _app.Sms(mine, $"cancel {myToken.TokenNumber}"));
        Assert.Contains($"Token {myToken.TokenNumber}, General Medicine", done);
        Assert.Equal(TokenStatus.Cancelled, Assert.Single(await _app.Tokens(mine)).Status);
        Assert.Contains("token number", await _app.ReplyText(await _app.Sms(mine, "CANCEL")));
    }

    [Fact]
    public async Task StopAndStart_AreRecordedForTheSender_InEveryLanguage()
    {
        var phone = Unique.Phone();
        Assert.Contains("no more OPD reminders", await _app.ReplyText(await _app.Sms(phone, "STOP")));
        Assert.Equal("sms", await OptOut(phone));
        Assert.Contains("फिर से चालू", await _app.ReplyText(await _app.Sms(phone, "चालू")));
        Assert.Null(await OptOut(phone));
        Assert.Contains("ଆଉ ଓପିଡି ସ୍ମାରକ", await _app.ReplyText(await _app.Sms(phone, "ବନ୍ଦ")));
        Assert.Equal("sms", await OptOut(phone));
        Assert.Contains("पाने के लिए", await _app.ReplyText(await _app.Sms(phone, "band")));
        Assert.Contains("ପୁଣି ଚାଲୁ", await _app.ReplyText(await _app.Sms(phone, "arambha")));
        Assert.Null(await OptOut(phone));
    }

    [Fact]
    public async Task OdiaAndHindiKeywords_BookAskAndCancel_AndAnswerInTheirLanguage()
    {
        var phone = await ReturningPatient();
        var booked = await _app.Sms(phone, "ବୁକ୍ ଦାନ୍ତ କାଲି");
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var token = Assert.Single(await _app.Tokens(phone), t => t.BookingDate == Tomorrow);
        Assert.Equal("dental", token.DepartmentCode);

        var odia = await _app.ReplyText(await _app.Sms(phone, "ସ୍ଥିତି"));
        Assert.StartsWith($"ଓପିଡି: ଟୋକେନ୍ {token.TokenNumber}, ଦନ୍ତ ବିଭାଗ, 24-11", odia);
        var hindi = await _app.ReplyText(await _app.Sms(phone, "स्थिति"));
        Assert.StartsWith($"ओपीडी: टोकन {token.TokenNumber}, दंत विभाग, 24-11", hindi);
        var cancelled = await _app.ReplyText(await _app.Sms(phone, $"रद्द {token.TokenNumber}"));
        Assert.Contains("रद्द हो गया", cancelled);
        Assert.Equal(TokenStatus.Cancelled, (await _app.Tokens(phone)).Single(t => t.Id == token.Id).Status);

        var again = await _app.Sms(phone, "book danta kali");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var second = Assert.Single(await _app.Tokens(phone), t => t.BookingDate == Tomorrow && t.Status == TokenStatus.Pending);
        Assert.Contains("ବାତିଲ୍ ହେଲା", await _app.ReplyText(await _app.Sms(phone, $"batil {second.TokenNumber}")));
    }

    [Fact]
    public async Task TheSameInboundMessage_DeliveredInParallel_BooksOnce()
    {
        var phone = await ReturningPatient();
        var id = "prov-in-" + Guid.NewGuid().ToString("N");
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _app.Sms(phone, "BOOK CARDIO TOMORROW", id)));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(replies, r => r.Body!["status"]!.GetValue<string>() == "answered");
        Assert.Single(await _app.Tokens(phone), t => t.BookingDate == Tomorrow);
        await using var db = _app.Db();
        Assert.Equal(1, await db.InboundMessages.CountAsync(m => m.ProviderId == id));
    }

    [Fact]
    public async Task Webhook_NeedsTheSecret_NamesBadFields_AndLimitsAPhone()
    {
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Sms(phone, "STATUS", secret: null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _app.Sms(phone, "STATUS", secret: "guess")).Status);
        var bad = await _app.Sms("12345", "");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("application/problem+json", bad.ContentType);
        Assert.NotNull(bad.Errors!["from"]);
        Assert.NotNull(bad.Errors!["text"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.Sms(phone, "STATUS\u0000")).Status);

        for (var i = 0; i < 12; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Sms(phone, "STOP")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _app.Sms(phone, "STOP")).Status);
    }

    /// <summary>A phone whose patient (Asha Das, 35) booked before, a month ahead.</summary>
    private async Task<string> ReturningPatient()
    {
        var phone = Unique.Phone();
        var earlier = await _app.Anonymous().Book(Api.Booking(phone, date: "2026-12-30").With("patient_name", "Asha Das"));
        Assert.Equal(HttpStatusCode.OK, earlier.Status);
        return phone;
    }

    private async Task<string?> OptOut(string phone)
    {
        await using var db = _app.Db();
        return await db.OptOuts.Where(o => o.Phone == phone).Select(o => o.Channel).SingleOrDefaultAsync();
    }
}
