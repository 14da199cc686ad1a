using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Chat;

/// <summary>Messages to one thread sent at the same moment, through the offline engine: each is answered once or told to send again.</summary>
public sealed class ChatRaceTests(OpdApp app) : ApiTest(app)
{
    private async Task<(string Reply, string Thread)> Say(string message, string? thread)
    {
        var reply = await Anonymous.Send(HttpMethod.Post, "/chat", new JsonObject { ["message"] = message, ["thread_id"] = thread }.ToJsonString());
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
        return (reply.Body!["response"]!.GetValue<string>(), reply.Body["thread_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task YesesRacingToOneSummary_BookOnce_TheOthersAreToldToSendAgain()
    {
        var (_, thread) = await Say("I want to book a token for tomorrow at 2 PM in cardiology", null);
        foreach (var answer in new[] { "Mina Sahu", "29", "98765 12601" })
            await Say(answer, thread);
        Assert.Contains("yes/no", (await Say("chest pain when walking", thread)).Reply);

        var body = new JsonObject { ["message"] = "yes", ["thread_id"] = thread }.ToJsonString();
        var replies = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Anonymous.Send(HttpMethod.Post, "/chat", body))));
        Assert.All(replies, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Conflict, r.Raw));
        Assert.True(1 == replies.Count(r => r.Raw.Contains("Booked! Token number")), string.Join("\n", replies.Select(r => r.Raw)));
        // Which of the others overlap the booking depends on timing: an overlapping one is a 409 problem, a later one an ordinary answer.
        Assert.All(replies.Where(r => r.Status == HttpStatusCode.Conflict), r => Assert.Equal("application/problem+json", r.ContentType));
        await using var db = App.Db();
        Assert.Equal(1, await db.Tokens.CountAsync(t => t.PatientPhone == "9876512601"));
    }
}
