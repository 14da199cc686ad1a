using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Retention;

public sealed class RetentionTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Archive_MovesOnlyOldFinishedTokens_WithTheirHistory_AndDryRunChangesNothing()
    {
        var day = App.OpenDay();
        var done = await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "09:00"));
        var gone = await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "09:30"));
        var missed = await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "10:00"));
        var waiting = await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "10:30"));
        await Admin.SetStatus(done.TokenId, "completed", "Seen");
        await Anonymous.Delete($"/tokens/{gone.TokenId}");
        await Admin.SetStatus(missed.TokenId, "no_show");

        // A year and a bit later: the three finished tokens are old; the pending one is old too but active.
        App.Clock.Now = FixedClock.Clinic(2028, 1, 15, 3);
        try
        {
            var dry = await Admin.Send(HttpMethod.Post, "/api/retention/archive?older_than_days=365&dry_run=true", null);
            Assert.Equal(HttpStatusCode.OK, dry.Status);
            Assert.Equal(3, dry.Body!["tokens"]!.GetValue<int>());
            Assert.Equal(1, dry.Body!["by_status"]!["no_show"]!.GetValue<int>());
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get($"/tokens/{done.TokenId}")).Status);

            var run = await Admin.Send(HttpMethod.Post, "/api/retention/archive?older_than_days=365", null);
            Assert.Equal(3, run.Body!["tokens"]!.GetValue<int>());
            foreach (var id in new[] { done.TokenId, gone.TokenId, missed.TokenId })
                Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.Get($"/tokens/{id}")).Status);
            Assert.Equal("pending", (await Anonymous.Get($"/tokens/{waiting.TokenId}")).Details!["status"]!.GetValue<string>());

            await using (var db = App.Db())
            {
                var record = JsonNode.Parse(db.ArchivedTokens.Single(a => a.TokenId == Guid.Parse(done.TokenId)).Record)!;
                Assert.Equal(done.TokenNumber, record["token_number"]!.GetValue<int>());
                // A note typed by staff is kept apart from the system's notes, in the archive too.
                Assert.Equal("Seen", record["events"]![0]!["staff_note"]!.GetValue<string>());
                Assert.Equal(3, db.ArchivedTokens.Count());
            }
            Assert.Equal(0, (await Admin.Send(HttpMethod.Post, "/api/retention/archive?older_than_days=365", null)).Body!["tokens"]!.GetValue<int>());
        }
        finally
        {
            App.Clock.Now = FixedClock.Clinic(2026, 11, 23, 8);
        }
    }

    [Theory]
    [InlineData("/api/retention/archive", "older_than_days")]
    [InlineData("/api/retention/archive?older_than_days=0", "older_than_days")]
    [InlineData("/api/retention/archive?older_than_days=30&dry_run=maybe", "dry_run")]
    public async Task BadArguments_AreNamed(string url, string field)
    {
        var reply = await Admin.Send(HttpMethod.Post, url, null);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task OnlyAdminsArchive()
    {
        var reception = App.Staff(await App.NewStaffKey("reception"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.Send(HttpMethod.Post, "/api/retention/archive?older_than_days=30", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Send(HttpMethod.Post, "/api/retention/archive?older_than_days=30", null)).Status);
    }
}
