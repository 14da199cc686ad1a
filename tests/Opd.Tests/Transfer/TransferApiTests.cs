using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Transfer;

/// <summary>Export and import through the staff API, as the dashboard and scripts use them.</summary>
public sealed class TransferApiTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Export_StreamsADownload_ThatImportsBackAsNothingNew()
    {
        var day = App.OpenDay();
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), "orthopedics", day).With("patient_name", "ଗୀତା ସାହୁ"));

        using var csv = await Admin.GetAsync($"/api/exports/tokens?date_from={day}&date_to={day}&department=orthopedics");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^bookings_export_\d{8}_\d{6}\.csv$", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("ଗୀତା ସାହୁ", text);
        Assert.Equal(2, text.TrimEnd().Split('\n').Length);

        using var json = await Admin.GetAsync($"/api/exports/tokens?format=json&date_from={day}&date_to={day}");
        var bytes = await json.Content.ReadAsByteArrayAsync();
        Assert.Equal(booked.TokenNumber, JsonNode.Parse(bytes)![booked.TokenId]!["token_number"]!.GetValue<int>());

        var dry = await Admin.SendBytes("/api/imports/legacy?dry_run=true", bytes);
        Assert.Equal(HttpStatusCode.OK, dry.Status);
        Assert.Equal(0, dry.Body!["imported"]!.GetValue<int>());
        Assert.Equal("already imported", dry.Body!["skipped"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_TakesALegacyFileOnce_AndABrokenFileIsA400()
    {
        const string id = "3c4d5e6f-7a8b-4c9d-8e0f-112233445566";
        var file = Encoding.UTF8.GetBytes($$"""
            {"{{id}}": {"token_id": "{{id}}", "patient_name": "Asha Behera", "patient_phone": "9876500099", "patient_age": 29,
              "department": "pediatrics", "booking_date": "2026-10-05", "booking_time": "11:00:00", "token_number": 2,
              "status": "completed", "priority": "normal", "created_at": "2026-10-04T20:00:00", "updated_at": "2026-10-05T11:20:00"}
            }
            """);
        var first = await Admin.SendBytes("/api/imports/legacy", file);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1, first.Body!["imported"]!.GetValue<int>());
        Assert.Equal("completed", (await Anonymous.Get($"/tokens/{id}")).Details!["status"]!.GetValue<string>());
        Assert.Equal(0, (await Admin.SendBytes("/api/imports/legacy", file)).Body!["imported"]!.GetValue<int>());

        var broken = await Admin.SendBytes("/api/imports/legacy", Encoding.UTF8.GetBytes("{ \"x\": "));
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.True(broken.Errors!.ContainsKey("file"), broken.Raw);
    }

    [Theory]
    [InlineData("/api/exports/tokens?format=xml", "format")]
    [InlineData("/api/exports/tokens?date_from=yesterday", "date_from")]
    public async Task BadExport_IsNamed(string url, string field)
    {
        var reply = await Admin.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task ExportNeedsStaff_ImportNeedsAdmin()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.Get("/api/exports/tokens")).Status);
        var reception = App.Staff(await App.NewStaffKey("reception"));
        Assert.Equal(HttpStatusCode.OK, (await reception.GetAsync("/api/exports/tokens?date_from=2026-01-01&date_to=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.SendBytes("/api/imports/legacy", "{}"u8.ToArray())).Status);
    }
}
