using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>Whoever holds only a token's id reads the patient's own data: no staff usernames, no staff notes.</summary>
public sealed class AnonymousReadTests(OpdApp app) : ApiTest(app)
{
    private const string Remark = "Staff-only remark: argued at the desk";

    /// <summary>A token that a named desk user confirmed with a remark and then transferred with another.</summary>
    private async Task<(string TokenId, string Username)> TokenTouchedByStaff()
    {
        var username = $"desk{Guid.NewGuid():N}"[..14];
        var created = await Admin.Send(HttpMethod.Post, "/api/staff", new JsonObject { ["username"] = username, ["roles"] = new JsonArray("reception") }.ToJsonString());
        var desk = App.Staff(created.Body!["api_key"]!.GetValue<string>());
        var doctor = await Admin.NewDoctor();
        await Admin.NewSlot(doctor, "2026-11-23T09:00:00", "2026-11-23T10:00:00", 5);
        var other = await Admin.NewDoctor("Cardiology");
        await Admin.NewSlot(other, "2026-11-23T11:00:00", "2026-11-23T12:00:00", 5);
        var token = (await Anonymous.BookSlot(doctor)).TokenId;
        Assert.Equal(HttpStatusCode.OK, (await desk.SetStatus(token, "confirmed", Remark)).Status);
        var moved = await desk.Send(HttpMethod.Post, $"/api/queue/tokens/{token}/transfer",
            new JsonObject { ["doctor_id"] = other, ["note"] = "second remark" }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        return (token, username);
    }

    [Fact]
    public async Task AnonymousHistory_ShowsRolesAndSystemNotes_NotUsernamesOrStaffRemarks()
    {
        var (token, username) = await TokenTouchedByStaff();
        var reply = await Anonymous.Get($"/tokens/{token}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.DoesNotContain(username, reply.Raw);
        Assert.DoesNotContain("Staff-only remark", reply.Raw);
        Assert.DoesNotContain("second remark", reply.Raw);
        Assert.DoesNotContain("staff:", reply.Raw);
        var history = reply.Body!["history"]!.AsArray();
        Assert.Equal(["patient", "staff", "staff"], history.Select(h => h!["actor"]!.GetValue<string>()));
        Assert.Equal("Transferred to Dr Raj", history[2]!["note"]!.GetValue<string>());
        Assert.Null(history[1]!["note"]);
        Assert.Null(reply.Details!["notes"]);
    }

    [Fact]
    public async Task StaffKey_ReadsTheWholeHistory()
    {
        var (token, username) = await TokenTouchedByStaff();
        var reply = await Admin.Get($"/tokens/{token}");
        var history = reply.Body!["history"]!.AsArray();
        Assert.Equal($"staff:{username}", history[1]!["actor"]!.GetValue<string>());
        Assert.Equal(Remark, history[1]!["note"]!.GetValue<string>());
        Assert.Equal("Transferred to Dr Raj: second remark", history[2]!["note"]!.GetValue<string>());
        Assert.Equal(Remark, reply.Details!["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenPageAndLiveTracking_ShowNoStaffData()
    {
        var (token, username) = await TokenTouchedByStaff();
        foreach (var url in new[] { $"/t/{token}", $"/api/queue/tokens/{token}" })
        {
            var reply = await Anonymous.Get(url);
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.DoesNotContain(username, reply.Raw);
            Assert.DoesNotContain("remark", reply.Raw);
        }
    }

    [Fact]
    public async Task PatientsOwnNotes_AndTheCancelReply_StayReadable()
    {
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("notes", "Coming with my son"));
        Assert.Equal("Coming with my son", (await Anonymous.Get($"/tokens/{booked.TokenId}")).Details!["notes"]!.GetValue<string>());
        await Admin.SetStatus(booked.TokenId, "confirmed", Remark);
        var cancelled = await Anonymous.Delete($"/tokens/{booked.TokenId}");
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.DoesNotContain("Staff-only remark", cancelled.Raw);
        Assert.Equal("patient", (await Anonymous.Get($"/tokens/{booked.TokenId}")).Body!["history"]!.AsArray().Last()!["actor"]!.GetValue<string>());
    }
}
