using System.Net;
using System.Text.Json.Nodes;
using Opd.Core.Messages;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Messages.StaffSide;

/// <summary>/api/messages and /api/message-templates: filters, pages, resending, rates, and templates the DLT rules refuse.</summary>
public sealed class MessageApiTests(MessageDesk desk) : IClassFixture<MessageDesk>
{
    [Fact]
    public async Task Log_FiltersAndPages_AndAFailedMessageIsSentAgain()
    {
        var (good, bad) = (Unique.Phone(), Unique.Phone());
        lock (desk.Refused)
            desk.Refused.Add(bad);
        await desk.Confirmation(good, MessageStatus.Sent);
        await desk.Confirmation(good, MessageStatus.Sent);
        var failed = await desk.Confirmation(bad, MessageStatus.Failed);
        var admin = desk.App.Admin();

        var byPhone = await admin.Get($"/api/messages?phone={good}&page_size=1");
        Assert.Equal(2, byPhone.Body!["total"]!.GetValue<int>());
        Assert.Single(byPhone.Body["items"]!.AsArray());
        Assert.Single((await admin.Get($"/api/messages?phone={good}&page_size=1&page=2")).Body!["items"]!.AsArray());
        var onlyFailed = await admin.Get($"/api/messages?status=failed&kind=booking_confirmation&phone={bad}&from=2026-11-23&to=2026-11-23");
        var row = Assert.Single(onlyFailed.Body!["items"]!.AsArray())!;
        Assert.Equal(failed.Id.ToString(), row["id"]!.GetValue<string>());
        Assert.Equal("failed", row["status"]!.GetValue<string>());
        Assert.Equal("http", row["gateway"]!.GetValue<string>());
        Assert.Empty((await admin.Get($"/api/messages?phone={bad}&from=2026-11-24")).Body!["items"]!.AsArray());

        var wrong = await admin.Get("/api/messages?status=lost&kind=poem&phone=12&from=yesterday&page=0&page_size=999");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal(["from", "kind", "page", "page_size", "phone", "status"], wrong.Errors!.Select(e => e.Key).Order());

        lock (desk.Refused)
            desk.Refused.Remove(bad);
        var resent = await admin.Send(HttpMethod.Post, $"/api/messages/{failed.Id}/resend", null);
        Assert.Equal(HttpStatusCode.Created, resent.Status);
        var copy = await desk.App.WaitFor(Guid.Parse(resent.Body!["id"]!.GetValue<string>()), MessageStatus.Sent);
        Assert.Equal(failed.Text, copy.Text);
        Assert.Equal(MessageStatus.Failed, (await desk.App.Message(failed.Id)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Send(HttpMethod.Post, $"/api/messages/{copy.Id}/resend", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Send(HttpMethod.Post, $"/api/messages/{Guid.NewGuid()}/resend", null)).Status);
        Assert.NotNull((await admin.Send(HttpMethod.Post, "/api/messages/not-an-id/resend", null)).Errors!["id"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await desk.App.Anonymous().Get("/api/messages")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.App.Staff(await desk.App.NewStaffKey("reception")).Get("/api/messages")).Status);

        var rates = (await desk.App.Staff(await desk.App.NewStaffKey("reception")).Get("/api/messages/rates?from=2026-11-23")).Body!;
        var confirmations = rates["gateways"]!.AsArray().Single(g => g!["kind"]!.GetValue<string>() == "booking_confirmation")!;
        Assert.True(confirmations["failed"]!.GetValue<int>() >= 1);
        Assert.True(rates["kinds"]!.AsArray().Single(k => k!["kind"]!.GetValue<string>() == "booking_confirmation")!["sent"]!.GetValue<int>() >= 3);
    }

    [Fact]
    public async Task Templates_ShowTheirSegments_AndOneWithThreeVariablesIsRefused()
    {
        var admin = desk.App.Admin();
        var all = (await admin.Get("/api/message-templates")).Body!.AsArray();
        var english = all.Single(t => t!["kind"]!.GetValue<string>() == "turn_near" && t["language"]!.GetValue<string>() == "en")!;
        Assert.Equal("GSM-7", english["encoding"]!.GetValue<string>());
        Assert.Equal(1, english["segments"]!.GetValue<int>());
        Assert.StartsWith("Your turn is near, token {#var#}.", english["dlt_text"]!.GetValue<string>());
        var odia = all.Single(t => t!["kind"]!.GetValue<string>() == "turn_near" && t["language"]!.GetValue<string>() == "or")!;
        Assert.Equal("UCS-2", odia["encoding"]!.GetValue<string>());
        Assert.Equal(3, odia["segments"]!.GetValue<int>()); // Unicode: 67 per part

        var three = await admin.Put("/api/message-templates/running_late/en",
            new JsonObject { ["text"] = "Token {token}: the doctor is {delay} minutes late. {link}" });
        Assert.Equal(HttpStatusCode.BadRequest, three.Status);
        Assert.Contains("has 3 variables", three.Errors!["text"]![0]!.GetValue<string>());
        var empty = await admin.Put("/api/message-templates/running_late/en", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.NotNull(empty.Errors!["text"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Put("/api/message-templates/poem/en", new JsonObject { ["text"] = "Hello" })).Status);

        var saved = await admin.Put("/api/message-templates/running_late/hi", new JsonObject
        {
            ["text"] = "डॉक्टर आज {delay} मिनट देरी से हैं: {link}", ["dlt_template_id"] = "1107161234567890123", ["sender"] = "CHCHCP",
        });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(["delay", "link"], saved.Body!["variables"]!.AsArray().Select(v => v!.GetValue<string>()));
        await using var db = desk.App.Db();
        var stored = db.MessageTemplates.Single(t => t.Kind == "running_late" && t.Language == "hi");
        Assert.Equal("1107161234567890123", stored.DltTemplateId);
        Assert.StartsWith("Your doctor is running about {delay}", db.MessageTemplates.Single(t => t.Kind == "running_late" && t.Language == "en").Text);
    }
}
