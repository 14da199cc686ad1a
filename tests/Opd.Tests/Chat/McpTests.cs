using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Opd.Core.Staff;
using Opd.Tests.Infrastructure;
using Opd.Tests.PhoneCodes;

namespace Opd.Tests.Chat;

/// <summary>The MCP server (opd mcp) as a desktop assistant meets it: a real process, the SDK's client over stdio, a real database.</summary>
public sealed class McpTests(OpdApp app) : ApiTest(app)
{
    private async Task<McpClient> Connect(string? staffKey = null)
    {
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Opd"] = App.ConnectionString, ["OPD_ADMIN_API_KEY"] = "" };
        if (staffKey is not null)
            environment["OPD_MCP_API_KEY"] = staffKey;
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "opd",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "opd.dll"), "mcp"],
            EnvironmentVariables = environment,
        });
        // Our server speaks the newest revision; without a probe deadline a cold start on a busy machine cannot make
        // the client fall back to the older handshake, which that revision no longer has.
        return await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan });
    }

    private static async Task<JsonNode> Call(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        return JsonNode.Parse(((TextContentBlock)result.Content[0]).Text)!;
    }

    [Fact]
    public async Task DesktopAssistant_ListsTools_BooksOnlyWithTheConfirmationId_AndChecksTheStatus()
    {
        await using var client = await Connect();
        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        foreach (var name in new[] { "book_medical_token", "check_token_status", "get_current_serving_token", "cancel_token", "list_departments", "find_available_slots", "my_bookings" })
            Assert.Contains(name, tools);

        Assert.Contains("cardiology", (await Call(client, "list_departments", [])).ToJsonString());
        // The command runs on the real clock: a weekday a week from now.
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        if (day.DayOfWeek == DayOfWeek.Sunday)
            day = day.AddDays(1);
        var date = day.ToString("yyyy-MM-dd");
        var slots = await Call(client, "find_available_slots", new() { ["department"] = "cardiology", ["date"] = date });
        Assert.True(slots["success"]!.GetValue<bool>(), slots.ToJsonString());

        var booking = new Dictionary<string, object?>
        {
            ["patient_name"] = "Lata Mishra", ["patient_phone"] = "9876512100", ["department"] = "cardiology", ["booking_date"] = date,
            ["booking_time"] = "11:00", ["patient_age"] = 61, ["symptoms"] = "breathless", ["confirmed"] = true,
        };
        // confirmed=true alone is only a proposal: the server answers a summary and an id.
        var draft = await Call(client, "book_medical_token", booking);
        Assert.False(draft["success"]!.GetValue<bool>());
        Assert.Equal("Lata Mishra", draft["data"]!["summary"]!["patient_name"]!.GetValue<string>());
        await using (var db = App.Db())
            Assert.False(db.Tokens.Any(t => t.PatientPhone == "9876512100"));

        var confirmation = new Dictionary<string, object?> { ["confirmation_id"] = draft["data"]!["confirmation_id"]!.GetValue<string>() };
        var booked = await Call(client, "book_medical_token", new(booking.Concat(confirmation)));
        Assert.True(booked["success"]!.GetValue<bool>(), booked.ToJsonString());
        var id = booked["data"]!["token_id"]!.GetValue<string>();
        var status = await Call(client, "check_token_status", new() { ["token_id"] = id });
        Assert.Equal("pending", status["data"]!["status"]!.GetValue<string>());
        // The id is used up.
        Assert.False((await Call(client, "book_medical_token", new(booking.Concat(confirmation))))["success"]!.GetValue<bool>());

        // The earlier system's third chat example, through MCP.
        Assert.False((await Call(client, "check_token_status", new() { ["token_id"] = "abc123" }))["success"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MyBookings_SendsACodeFirst_AndListsOnlyWithIt()
    {
        await using var client = await Connect();
        // The command runs on the real clock: a weekday eight days from now.
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(8);
        if (day.DayOfWeek == DayOfWeek.Sunday)
            day = day.AddDays(1);
        var phone = Unique.Phone();
        var booking = new Dictionary<string, object?>
        {
            ["patient_name"] = "Gita Sahu", ["patient_phone"] = phone, ["department"] = "dental", ["booking_date"] = day.ToString("yyyy-MM-dd"),
            ["booking_time"] = "11:30", ["patient_age"] = 40,
        };
        var draft = await Call(client, "book_medical_token", booking);
        booking["confirmation_id"] = draft["data"]!["confirmation_id"]!.GetValue<string>();
        var booked = await Call(client, "book_medical_token", booking);
        Assert.True(booked["success"]!.GetValue<bool>(), booked.ToJsonString());
        var id = booked["data"]!["token_id"]!.GetValue<string>();

        var first = await Call(client, "my_bookings", new() { ["phone"] = phone });
        Assert.False(first["success"]!.GetValue<bool>());
        Assert.DoesNotContain(id, first.ToJsonString());
        Assert.Equal(phone, first["data"]!["code_sent_to"]!.GetValue<string>());
        var code = await App.LatestCode(phone);

        var wrong = await Call(client, "my_bookings", new() { ["phone"] = phone, ["code"] = code == "000000" ? "111111" : "000000" });
        Assert.False(wrong["success"]!.GetValue<bool>());
        Assert.DoesNotContain(id, wrong.ToJsonString());

        var listed = await Call(client, "my_bookings", new() { ["phone"] = phone, ["code"] = code });
        Assert.True(listed["success"]!.GetValue<bool>(), listed.ToJsonString());
        Assert.Equal(id, listed["data"]![0]!["token_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaffTools_AreListedOnlyForAStaffKey()
    {
        string[] staffTools = ["search_tokens", "get_daily_tokens", "get_booking_statistics"];
        await using (var patient = await Connect())
        {
            var listed = (await patient.ListToolsAsync()).Select(t => t.Name).ToList();
            Assert.Empty(staffTools.Intersect(listed));
        }
        var key = (await App.Services.GetRequiredService<ManageStaff>().CreateUser($"mcp{Guid.NewGuid():N}"[..12], null, [StaffRole.Reception], CancellationToken.None)).Value!.Secret;
        await using var staff = await Connect(key);
        Assert.Equal(staffTools.Length, staffTools.Intersect((await staff.ListToolsAsync()).Select(t => t.Name)).Count());
        var stats = await Call(staff, "get_booking_statistics", []);
        Assert.True(stats["success"]!.GetValue<bool>(), stats.ToJsonString());
        Assert.NotNull(stats["data"]!["total_bookings"]);
    }
}
