using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

public sealed class QueryRouteTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Departments_AreTheNineClinicDepartments()
    {
        var reply = await Anonymous.Get("/tokens/departments");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var list = reply.Body!.AsArray().Select(d => (d!["value"]!.GetValue<string>(), d["name"]!.GetValue<string>())).ToList();
        Assert.Equal(
        [
            ("general_medicine", "General Medicine"), ("cardiology", "Cardiology"), ("pediatrics", "Pediatrics"),
            ("gynecology", "Gynecology"), ("orthopedics", "Orthopedics"), ("emergency", "Emergency"), ("dental", "Dental"),
            ("dermatology", "Dermatology"), ("psychiatry", "Psychiatry"),
        ], list);
        Assert.All(reply.Body!.AsArray(), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d!["name_or"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(d["name_hi"]!.GetValue<string>()));
            Assert.Equal(200, d["daily_capacity"]!.GetValue<int>());
        });
        Assert.Equal("Monday–Sunday 00:00–24:00", reply.Body![5]!["opening_hours"]!.GetValue<string>());
    }

    [Fact]
    public async Task Statuses_AreTheFiveLegacyStatuses()
    {
        var reply = await Anonymous.Get("/tokens/statuses");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var list = reply.Body!.AsArray().ToDictionary(s => s!["value"]!.GetValue<string>(), s => s!["name"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string>
        {
            ["pending"] = "Pending", ["confirmed"] = "Confirmed", ["completed"] = "Completed",
            ["cancelled"] = "Cancelled", ["no_show"] = "No Show",
        }, list);
    }

    [Fact]
    public async Task Search_FiltersAndSortsByDateAndTime()
    {
        var phone = Unique.Phone();
        var (early, late) = (App.OpenDay(), App.OpenDay());
        await Anonymous.Book(Api.Booking(phone, "cardiology", late, "09:15").With("patient_name", "Savitri Mohanty"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", early, "15:00").With("patient_name", "Savitri Mohanty"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", early, "10:00").With("patient_name", "savitri mohanty"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "cardiology", early, "11:00").With("patient_name", "Someone Else"));

        var byName = await Admin.Get("/tokens/search?patient_name=SAVITRI&department=cardiology");
        Assert.Equal(HttpStatusCode.OK, byName.Status);
        var found = byName.Body!.AsArray().Select(t => (t!["booking_date"]!.GetValue<string>(), t["booking_time"]!.GetValue<string>())).ToList();
        Assert.Equal([(early, "10:00:00"), (early, "15:00:00"), (late, "09:15:00")], found);

        var byPhone = await Admin.Get($"/tokens/search?patient_phone={phone[3..]}");
        Assert.Equal(late, Assert.Single(byPhone.Body!.AsArray())!["booking_date"]!.GetValue<string>());

        var byDateAndNumber = await Admin.Get($"/tokens/search?booking_date={early}&department=cardiology&token_number=2&status=pending");
        Assert.Equal("10:00:00", Assert.Single(byDateAndNumber.Body!.AsArray())!["booking_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_NameWildcardsAreLiteral()
    {
        await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("patient_name", "Percent Patient"));
        var reply = await Admin.Get("/tokens/search?patient_name=%25");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Body!.AsArray());
    }

    [Theory]
    [InlineData("/tokens/search?booking_date=2026-13-01", "booking_date")]
    [InlineData("/tokens/search?status=done", "status")]
    [InlineData("/tokens/search?token_number=seven", "token_number")]
    [InlineData("/tokens/search?patient_phone=abc", "patient_phone")]
    [InlineData("/tokens/search?limit=0", "limit")]
    [InlineData("/tokens/daily/15-01-2026", "date")]
    [InlineData("/tokens/daily/2026-11-24?department=nowhere", "department")]
    [InlineData("/tokens/stats?date_from=yesterday", "date_from")]
    public async Task BadQueryValues_AreNamed(string url, string field)
    {
        var reply = await Admin.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field), reply.Raw);
    }

    [Fact]
    public async Task Daily_ListsOneDaySortedByTimeThenNumber()
    {
        var day = App.OpenDay();
        await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "11:00"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "09:30"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day, "11:00"));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "pediatrics", day, "10:00"));

        var all = await Admin.Get($"/tokens/daily/{day}");
        Assert.Equal(4, all.Body!.AsArray().Count);
        var dental = await Admin.Get($"/tokens/daily/{day}?department=dental");
        var order = dental.Body!.AsArray().Select(t => (t!["booking_time"]!.GetValue<string>(), t["token_number"]!.GetValue<int>())).ToList();
        Assert.Equal([("09:30:00", 2), ("11:00:00", 1), ("11:00:00", 3)], order);
    }

    [Fact]
    public async Task Stats_CountByStatusAndDepartment()
    {
        var day = App.OpenDay();
        var a = await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", day));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "psychiatry", day));
        await Anonymous.Book(Api.Booking(Unique.Phone(), "orthopedics", day));
        await Anonymous.Delete($"/tokens/{a.TokenId}");

        var reply = await Admin.Get($"/tokens/stats?date_from={day}&date_to={day}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(3, reply.Body!["total_bookings"]!.GetValue<int>());
        Assert.Equal(2, reply.Body!["status_breakdown"]!["pending"]!.GetValue<int>());
        Assert.Equal(1, reply.Body!["status_breakdown"]!["cancelled"]!.GetValue<int>());
        Assert.Equal(2, reply.Body!["department_breakdown"]!["psychiatry"]!.GetValue<int>());
        Assert.Equal(1, reply.Body!["department_breakdown"]!["orthopedics"]!.GetValue<int>());

        var everything = await Admin.Get("/tokens/stats");
        Assert.True(everything.Body!["total_bookings"]!.GetValue<int>() >= 3);
    }

    [Fact]
    public async Task BookingAnswer_HasEveryLegacyField()
    {
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("doctor_name", "Dr. Smith").With("notes", "First time visit"));
        Assert.True(reply.Body!["success"]!.GetValue<bool>());
        Assert.Equal($"Token booking successful! Your token number is {reply.TokenNumber}", reply.Body!["message"]!.GetValue<string>());
        string[] fields =
        [
            "token_id", "patient_name", "patient_phone", "patient_age", "department", "doctor_name", "booking_date",
            "booking_time", "token_number", "status", "symptoms", "priority", "created_at", "updated_at", "notes",
        ];
        var details = reply.Details!.AsObject();
        Assert.All(fields, f => Assert.True(details.ContainsKey(f), f));
        Assert.Equal("Dr. Smith", details["doctor_name"]!.GetValue<string>());
        Assert.Equal("pending", details["status"]!.GetValue<string>());
        Assert.Equal(reply.TokenId, details["token_id"]!.GetValue<string>());
        var created = DateTimeOffset.Parse(details["created_at"]!.GetValue<string>());
        Assert.Equal(TimeSpan.Zero, created.Offset);
        Assert.Equal(App.Clock.Now.UtcDateTime, created.UtcDateTime);
    }
}
