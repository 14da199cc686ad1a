using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Chat;

/// <summary>A numbered token's place, asked in the chat and answered from the live queue. Monday 2026-11-23, the desk open from 09:00.</summary>
public sealed class ChatQueueTests(OpdApp app) : ApiTest(app), IDisposable
{
    public void Dispose() => App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);

    [Fact]
    public async Task IAmNumberNInADepartment_IsAnsweredWithWhoIsServed_HowManyBefore_AndTheExpectedTime()
    {
        var tokens = new List<Api.Reply>();
        for (var i = 0; i < 4; i++)
            tokens.Add(await Anonymous.Book(Api.Booking(Unique.Phone(), "orthopedics", "2026-11-23", "10:30")));
        App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 9);
        var line = await Admin.Send(HttpMethod.Post, "/api/queue/departments/orthopedics/call-next", null);
        Assert.Equal(HttpStatusCode.OK, line.Status);
        var serving = line.Body!["now_serving"]!["token_number"]!.GetValue<int>();
        var waiting = line.Body!["waiting"]!.AsArray().Select(w => w!["token_number"]!.GetValue<int>()).ToList();
        var last = tokens[^1].TokenNumber;

        var english = await new ChatThread(Anonymous).Say($"I am number {last} in orthopedics, how long?");
        Assert.Contains($"Token {last} in Orthopedics: now serving {serving}; {waiting.IndexOf(last)} patients before you; expected to be called around", english);
        Assert.Contains($"अभी {serving} चल रहा है; आपसे पहले {waiting.IndexOf(last)} मरीज़",
            await new ChatThread(Anonymous).Say($"मेरा नंबर {last} है, हड्डी विभाग, कितनी देर लगेगी"));
        Assert.Contains($"ଆପଣଙ୍କ ଆଗରେ {waiting.IndexOf(last)} ଜଣ ରୋଗୀ", await new ChatThread(Anonymous).Say($"ମୋ ନମ୍ବର {last}, ଅସ୍ଥି ବିଭାଗ, ଆଉ କେତେ ସମୟ"));
        Assert.Contains("your turn now", await new ChatThread(Anonymous).Say($"token {serving} orthopedics, is it my turn"));
        Assert.Contains("no token 99", await new ChatThread(Anonymous).Say("I am number 99 in orthopedics, how long?"));

        var chat = new ChatThread(Anonymous);
        Assert.Contains($"In which department is token {last}", await chat.Say($"I am number {last}, how long do I have to wait?"));
        Assert.Contains("patients before you", await chat.Say("orthopedics"));
    }
}
