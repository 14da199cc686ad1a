using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

public sealed class StatusLifecycleTests(OpdApp app) : ApiTest(app)
{
    private async Task<string> NewToken() =>
        (await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()))).TokenId;

    [Theory]
    [InlineData("pending", "confirmed")]
    [InlineData("pending", "completed")]
    [InlineData("pending", "cancelled")]
    [InlineData("pending", "no_show")]
    [InlineData("confirmed", "completed")]
    [InlineData("confirmed", "cancelled")]
    [InlineData("confirmed", "no_show")]
    public async Task AllowedChange_IsMade(string from, string to)
    {
        var id = await NewToken();
        if (from != "pending")
            await Admin.SetStatus(id, from);
        var reply = await Admin.SetStatus(id, to, "by the desk");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(to, reply.Details!["status"]!.GetValue<string>());
        Assert.Equal($"Token status updated to {to}", reply.Body!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("completed", "pending")]
    [InlineData("completed", "confirmed")]
    [InlineData("cancelled", "confirmed")]
    [InlineData("no_show", "completed")]
    [InlineData("confirmed", "pending")]
    [InlineData("confirmed", "confirmed")]
    public async Task IllegalChange_IsAConflictNamingTheCurrentStatus(string from, string to)
    {
        var id = await NewToken();
        if (from != "confirmed")
            Assert.Equal(HttpStatusCode.OK, (await Admin.SetStatus(id, from)).Status);
        else
            await Admin.SetStatus(id, "confirmed");
        var reply = await Admin.SetStatus(id, to);
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Contains($"is {from}", reply.Detail);
        Assert.Equal(from, (await Anonymous.Get($"/tokens/{id}")).Details!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("completed")]
    [InlineData("cancelled")]
    [InlineData("no_show")]
    public async Task DeleteOfAFinalToken_IsAConflict(string final)
    {
        var id = await NewToken();
        await Admin.SetStatus(id, final);
        var reply = await Anonymous.Delete($"/tokens/{id}");
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Contains($"is {final}", reply.Detail);
    }

    [Fact]
    public async Task Delete_CancelsSoftly()
    {
        var id = await NewToken();
        var reply = await Anonymous.Delete($"/tokens/{id}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("cancelled", reply.Details!["status"]!.GetValue<string>());
        Assert.Equal("cancelled", (await Anonymous.Get($"/tokens/{id}")).Details!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("abc123")]
    public async Task UnknownToken_IsNotFoundOnGetPutAndDelete(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get($"/tokens/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.SetStatus(id, "confirmed")).Status);
        var deleted = await Anonymous.Delete($"/tokens/{id}");
        Assert.Equal(HttpStatusCode.NotFound, deleted.Status);
        Assert.Contains(id, deleted.Detail);
    }

    [Fact]
    public async Task UnknownStatus_IsRefused()
    {
        var reply = await Admin.SetStatus(await NewToken(), "done");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey("status"));
    }

    [Fact]
    public async Task EveryChange_IsInTheAuditTrail()
    {
        var id = await NewToken();
        await Admin.SetStatus(id, "confirmed", "Patient confirmed appointment");
        await Admin.SetStatus(id, "completed");
        // The full trail, with usernames and staff notes, is for staff keys (TokenHistoryView).
        var history = (await Admin.Get($"/tokens/{id}")).Body!["history"]!.AsArray();
        Assert.Equal(3, history.Count);
        Assert.Equal((string?)null, history[0]!["from"]?.GetValue<string>());
        Assert.Equal("pending", history[0]!["to"]!.GetValue<string>());
        Assert.Equal("patient", history[0]!["actor"]!.GetValue<string>());
        Assert.Equal("pending", history[1]!["from"]!.GetValue<string>());
        Assert.Equal("confirmed", history[1]!["to"]!.GetValue<string>());
        Assert.Equal("staff:admin", history[1]!["actor"]!.GetValue<string>());
        Assert.Equal("Patient confirmed appointment", history[1]!["note"]!.GetValue<string>());
        Assert.Equal("completed", history[2]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoDesksChangingOneToken_OnlyOneChangeWins()
    {
        var id = await NewToken();
        var replies = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => Task.Run(() => Admin.SetStatus(id, i % 2 == 0 ? "completed" : "no_show"))));
        Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
        await using var db = App.Db();
        Assert.Equal(1, db.TokenEvents.Count(e => e.TokenId == Guid.Parse(id)));
    }
}
