using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Opd.Core.Transfer;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Transfer;

public sealed class ImportLegacyTests(OpdApp app) : ApiTest(app)
{
    private const string GoodId = "1f0c7d3e-5b1a-4c7e-9a53-0d6a2f1e8b41";
    private const string CompletedId = "7a2e9c41-3d5f-4b8e-8c6a-1e2f3a4b5c6d";

    /// <summary>A file as the earlier system wrote it: records keyed by token id, naive local times.</summary>
    private static string File(string date) => $$"""
        {
          "{{GoodId}}": {
            "token_id": "{{GoodId}}", "patient_name": "ସୁନୀତା ନାୟକ", "patient_phone": "9876512345", "patient_age": 41,
            "department": "general_medicine", "doctor_name": "Dr. Smith", "booking_date": "{{date}}", "booking_time": "10:30:00",
            "token_number": 7, "status": "confirmed", "symptoms": "Fever", "priority": "high",
            "created_at": "2026-11-20T09:15:30.123456", "updated_at": "2026-11-20T11:00:00", "notes": "Came early"
          },
          "{{CompletedId}}": {
            "token_id": "{{CompletedId}}", "patient_name": "Ravi Kumar", "patient_phone": "+91 91234 56789", "patient_age": 30,
            "department": "dental", "doctor_name": null, "booking_date": "2026-10-01", "booking_time": "09:45",
            "token_number": 3, "status": "completed", "symptoms": null, "priority": "normal",
            "created_at": "2026-09-30T18:00:00", "updated_at": "2026-10-01T10:05:00", "notes": null
          },
          "bad-id": { "token_id": "bad-id", "patient_name": "X Y", "patient_phone": "9876512346", "department": "dental",
                      "booking_date": "2026-10-01", "booking_time": "09:45", "token_number": 4, "status": "pending" },
          "2b7c9d1e-0000-4000-8000-000000000001": { "patient_name": "No Phone", "patient_phone": "12345", "department": "dental",
                      "booking_date": "2026-10-01", "booking_time": "09:45", "token_number": 5, "status": "pending" },
          "2b7c9d1e-0000-4000-8000-000000000002": { "patient_name": "Odd Dept", "patient_phone": "9876512347", "department": "astrology",
                      "booking_date": "2026-10-01", "booking_time": "09:45", "token_number": 6, "status": "pending" },
          "2b7c9d1e-0000-4000-8000-000000000003": { "patient_name": "Same Number", "patient_phone": "9876512348", "department": "dental",
                      "booking_date": "2026-10-01", "booking_time": "10:45", "token_number": 3, "status": "cancelled" },
          "2b7c9d1e-0000-4000-8000-000000000004": "not a record"
        }
        """;

    private Task<Opd.Core.Common.Result<ImportLegacyBookings.Report>> Import(string json, bool dryRun = false) =>
        App.Services.GetRequiredService<ImportLegacyBookings>().Handle(new MemoryStream(Encoding.UTF8.GetBytes(json)), dryRun, CancellationToken.None);

    [Fact]
    public async Task LegacyFile_KeepsIdsNumbersStatusesAndTimes_SkipsWhatItCannotTake_AndIsIdempotent()
    {
        var date = App.OpenDay();
        var dry = await Import(File(date), dryRun: true);
        Assert.Equal(2, dry.Value!.Imported);
        Assert.Null((await Anonymous.Get($"/tokens/{GoodId}")).Body?["booking_details"]);

        var first = await Import(File(date));
        Assert.Equal(2, first.Value!.Imported);
        Assert.Equal(5, first.Value.Skipped.Count);
        Assert.Contains(first.Value.Skipped, s => s.Reason.Contains("UUID"));
        Assert.Contains(first.Value.Skipped, s => s.Reason.Contains("phone"));
        Assert.Contains(first.Value.Skipped, s => s.Reason.Contains("astrology"));
        Assert.Contains(first.Value.Skipped, s => s.Reason.Contains("already used"));
        Assert.Contains(first.Value.Skipped, s => s.Reason.Contains("not a JSON object"));

        var good = await Anonymous.Get($"/tokens/{GoodId}");
        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Equal(7, good.TokenNumber);
        Assert.Equal("confirmed", good.Details!["status"]!.GetValue<string>());
        Assert.Equal("ସୁନୀତା ନାୟକ", good.Details!["patient_name"]!.GetValue<string>());
        Assert.Equal("10:30:00", good.Details!["booking_time"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T09:15:30.123456+05:30"), DateTimeOffset.Parse(good.Details!["created_at"]!.GetValue<string>()));
        Assert.Equal("completed", (await Anonymous.Get($"/tokens/{CompletedId}")).Details!["status"]!.GetValue<string>());

        var again = await Import(File(date));
        Assert.Equal(0, again.Value!.Imported);
        Assert.Equal(2, again.Value.Skipped.Count(s => s.Reason == "already imported"));

        // New bookings continue after the imported numbers.
        var next = await Anonymous.Book(Api.Booking(Unique.Phone(), "general_medicine", date));
        Assert.Equal(8, next.TokenNumber);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task BrokenFile_ChangesNothing(string json)
    {
        await using var before = App.Db();
        var count = before.Tokens.Count();
        var result = await Import(json);
        Assert.False(result.IsSuccess);
        Assert.Contains("nothing was imported", result.Error!.Detail);
        await using var after = App.Db();
        Assert.Equal(count, after.Tokens.Count());
    }
}
