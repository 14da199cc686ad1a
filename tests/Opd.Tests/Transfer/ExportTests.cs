using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Transfer;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Transfer;

public sealed class ExportTests(OpdApp app, PostgresFixture postgres) : ApiTest(app)
{
    private async Task<string> Export(bool csv, ExportTokens.Filter filter)
    {
        using var stream = new MemoryStream();
        var export = App.Services.GetRequiredService<ExportTokens>();
        _ = csv ? await export.Csv(stream, filter, null, CancellationToken.None) : await export.Json(stream, filter, null, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Csv_HasEveryColumn_KeepsOdiaAndHindi_AndDefusesFormulas()
    {
        var day = App.OpenDay();
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", day).With("patient_name", "ରମେଶ, ମହାନ୍ତି"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", day).With("patient_name", "प्रिया शर्मा").With("symptoms", "=HYPERLINK(\"x\")"));
        var csv = await Export(csv: true, new ExportTokens.Filter(DateOnly.Parse(day), DateOnly.Parse(day)));
        Assert.StartsWith("\uFEFFtoken_id,token_number,department,", csv);
        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"ରମେଶ, ମହାନ୍ତି\"", csv);
        Assert.Contains("प्रिया शर्मा", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Equal(21, lines[0].Split(',').Length);
    }

    [Fact]
    public async Task JsonExport_ImportsLosslesslyIntoAnotherDatabase()
    {
        var day = App.OpenDay();
        var booked = await Anonymous.Book(Api.Booking(Unique.Phone(), "pediatrics", day).With("doctor_name", "Dr. Rao").With("notes", "Second visit")
            .With("priority", "high"));
        var done = await Anonymous.Book(Api.Booking(Unique.Phone(), "pediatrics", day, "11:00"));
        await Admin.SetStatus(done.TokenId, "completed");
        var json = await Export(csv: false, new ExportTokens.Filter(DateOnly.Parse(day), DateOnly.Parse(day), "pediatrics"));
        Assert.Equal(2, JsonNode.Parse(json)!.AsObject().Count);
        Assert.Contains("+05:30", json);

        await using var other = new OpdApp(await postgres.CreateDatabase());
        await other.InitializeAsync();
        var report = await other.Services.GetRequiredService<ImportLegacyBookings>()
            .Handle(new MemoryStream(Encoding.UTF8.GetBytes(json)), false, CancellationToken.None);
        Assert.Equal(2, report.Value!.Imported);
        foreach (var id in new[] { booked.TokenId, done.TokenId })
        {
            var original = (await Anonymous.Get($"/tokens/{id}")).Details!.AsObject();
            var copy = (await other.Anonymous().Get($"/tokens/{id}")).Details!.AsObject();
            foreach (var field in new[] { "patient_name", "patient_phone", "patient_age", "department", "doctor_name", "booking_date",
                         "booking_time", "token_number", "status", "symptoms", "priority", "requested_priority", "source", "notes", "updated_at" })
                Assert.True(JsonNode.DeepEquals(original[field], copy[field]), $"{field}: {original[field]} vs {copy[field]}");
            Assert.Equal(DateTimeOffset.Parse(original["created_at"]!.GetValue<string>()), DateTimeOffset.Parse(copy["created_at"]!.GetValue<string>()));
        }
    }
}
