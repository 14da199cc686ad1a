using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

/// <summary>The clock stands at Monday 2026-11-23 08:00 clinic time.</summary>
public sealed class BookingCalendarTests(OpdApp app) : ApiTest(app)
{
    private Task<Api.Reply> Book(string date, string time, string department = "general_medicine") =>
        Anonymous.Book(Api.Booking(Unique.Phone(), department, date, time));

    [Fact]
    public async Task PastDate_IsRefused()
    {
        var reply = await Book("2026-11-21", "10:00");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("past", reply.Errors!["booking_date"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task NinetyDaysAhead_IsTheLimit()
    {
        // 2027-02-21 is a Sunday, so check the limit with the emergency department, which never closes.
        Assert.Equal(HttpStatusCode.OK, (await Book("2027-02-21", "10:00", "emergency")).Status);
        var reply = await Book("2027-02-22", "10:00", "emergency");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("90 days", reply.Detail);
    }

    [Fact]
    public async Task Sunday_IsRefusedWithTheOpeningDays()
    {
        var reply = await Book("2026-11-29", "10:00");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("closed on Sundays", reply.Detail);
        Assert.Contains("Monday–Saturday 09:00–17:00", reply.Detail);
    }

    [Theory]
    [InlineData("08:59")]
    [InlineData("17:00")]
    [InlineData("22:30")]
    public async Task TimeOutsideOpeningHours_IsRefused(string time)
    {
        var reply = await Book("2026-11-24", time);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("09:00–17:00", reply.Errors!["booking_time"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("09:00")]
    [InlineData("16:59")]
    public async Task TimeInsideOpeningHours_IsAccepted(string time) =>
        Assert.Equal(HttpStatusCode.OK, (await Book("2026-11-24", time)).Status);

    [Fact]
    public async Task Emergency_IsOpenAroundTheClock() =>
        Assert.Equal(HttpStatusCode.OK, (await Book("2026-11-29", "03:15", "emergency")).Status);

    [Fact]
    public async Task TimeAlreadyPastToday_IsRefused()
    {
        // 07:30 in the emergency department: open, but half an hour ago.
        var reply = await Book("2026-11-23", "07:30", "emergency");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("already passed", reply.Detail);
        Assert.Equal(HttpStatusCode.OK, (await Book("2026-11-23", "09:30")).Status);
    }

    [Fact]
    public async Task OpeningHoursFollowTheDepartment()
    {
        await App.Sql("UPDATE opening_hours SET opens_minute = 600 WHERE department_code = 'dental'");
        Assert.Equal(HttpStatusCode.BadRequest, (await Book("2026-11-25", "09:30", "dental")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Book("2026-11-25", "10:30", "dental")).Status);
    }
}
