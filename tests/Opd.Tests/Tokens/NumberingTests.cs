using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

public sealed class NumberingTests(OpdApp app) : ApiTest(app)
{
    private Task<Api.Reply> Book(string date, string department = "general_medicine", HttpClient? client = null, string priority = "normal") =>
        (client ?? Anonymous).Book(Api.Booking(Unique.Phone(), department, date).With("priority", priority));

    [Fact]
    public async Task Numbers_CountPerDepartmentAndDateFromOne()
    {
        var day = App.OpenDay();
        var other = App.OpenDay();
        Assert.Equal(1, (await Book(day)).TokenNumber);
        Assert.Equal(2, (await Book(day)).TokenNumber);
        Assert.Equal(1, (await Book(day, "cardiology")).TokenNumber);
        Assert.Equal(1, (await Book(other)).TokenNumber);
        Assert.Equal(3, (await Book(day)).TokenNumber);
    }

    [Fact]
    public async Task CancelledNumber_IsNeverReused()
    {
        var day = App.OpenDay();
        await Book(day);
        var second = await Book(day);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Delete($"/tokens/{second.TokenId}")).Status);
        Assert.Equal(3, (await Book(day)).TokenNumber);
    }

    [Fact]
    public async Task HundredParallelBookings_GetExactlyOneToHundred()
    {
        var day = App.OpenDay();
        var replies = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => Book(day, "orthopedics"))));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(Enumerable.Range(1, 100), replies.Select(r => r.TokenNumber).Order());
    }

    [Fact]
    public async Task CapacityTen_UnderFortyParallelBookings_IssuesExactlyTen()
    {
        await App.Sql("UPDATE departments SET daily_capacity = 10 WHERE code = 'dermatology'");
        var day = App.OpenDay();
        var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Book(day, "dermatology"))));
        var accepted = replies.Where(r => r.Status == HttpStatusCode.OK).ToList();
        Assert.Equal(10, accepted.Count);
        Assert.Equal(Enumerable.Range(1, 10), accepted.Select(r => r.TokenNumber).Order());
        Assert.All(replies.Except(accepted), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Contains("fully booked", r.Detail);
        });
        await using var db = App.Db();
        Assert.Equal(10, db.Tokens.Count(t => t.DepartmentCode == "dermatology" && t.BookingDate == DateOnly.Parse(day)));
    }

    [Fact]
    public async Task FullDay_AcceptsStaffEmergencies_ButNotAnonymousClaims()
    {
        await App.Sql("UPDATE departments SET daily_capacity = 2 WHERE code = 'pediatrics'");
        var day = App.OpenDay();
        await Book(day, "pediatrics");
        await Book(day, "pediatrics");
        Assert.Equal(HttpStatusCode.Conflict, (await Book(day, "pediatrics")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Book(day, "pediatrics", priority: "emergency")).Status);

        var reception = App.Staff(await App.NewStaffKey("reception"));
        var emergency = await Book(day, "pediatrics", reception, "emergency");
        Assert.Equal(HttpStatusCode.OK, emergency.Status);
        Assert.Equal(3, emergency.TokenNumber);
        Assert.Equal("emergency", emergency.Details!["priority"]!.GetValue<string>());
    }

    [Fact]
    public async Task CancellationFreesAPlace_ButNotItsNumber()
    {
        await App.Sql("UPDATE departments SET daily_capacity = 1 WHERE code = 'gynecology'");
        var day = App.OpenDay();
        var first = await Book(day, "gynecology");
        Assert.Equal(HttpStatusCode.Conflict, (await Book(day, "gynecology")).Status);
        await Anonymous.Delete($"/tokens/{first.TokenId}");
        var next = await Book(day, "gynecology");
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(2, next.TokenNumber);
    }
}
