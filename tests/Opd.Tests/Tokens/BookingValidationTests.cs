using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

public sealed class BookingValidationTests(OpdApp app) : ApiTest(app)
{
    private async Task<Api.Reply> BookWith(string field, System.Text.Json.Nodes.JsonNode? value) =>
        await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With(field, value));

    private static void AssertRefused(Api.Reply reply, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.True(reply.Errors!.ContainsKey(field), $"expected an error for {field}: {reply.Raw}");
        Assert.False(string.IsNullOrWhiteSpace(reply.Detail));
    }

    [Theory]
    [InlineData("J")]
    [InlineData(" ")]
    [InlineData("")]
    public async Task TooShortName_IsRefused(string name) => AssertRefused(await BookWith("patient_name", name), "patient_name");

    [Fact]
    public async Task TooLongName_IsRefused() => AssertRefused(await BookWith("patient_name", new string('a', 101)), "patient_name");

    [Theory]
    [InlineData("ରମେଶ ମହାନ୍ତି")]
    [InlineData("प्रिया शर्मा")]
    [InlineData("Al")]
    public async Task NamesInAnyScript_AreAccepted(string name)
    {
        var reply = await BookWith("patient_name", name);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(name, reply.Details!["patient_name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("9876543210")]
    [InlineData("+91 98765 43210")]
    [InlineData("+91-9876543210")]
    [InlineData("09876543210")]
    public async Task IndianMobileSpellings_AreStoredNormalised(string phone)
    {
        var reply = await Anonymous.Book(Api.Booking(phone, date: App.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("9876543210", reply.Details!["patient_phone"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("98765abcde")]
    [InlineData("987654321")]
    [InlineData("98765432101")]
    [InlineData("5876543210")]
    [InlineData("+1 9876543210")]
    public async Task BadPhones_AreRefused(string phone) => AssertRefused(await BookWith("patient_phone", phone), "patient_phone");

    [Theory]
    [InlineData(-1)]
    [InlineData(151)]
    public async Task AgeOutsideZeroTo150_IsRefused(int age) => AssertRefused(await BookWith("patient_age", age), "patient_age");

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public async Task AgeAtTheLimits_IsAccepted(int age) => Assert.Equal(HttpStatusCode.OK, (await BookWith("patient_age", age)).Status);

    [Fact]
    public async Task UnknownDepartment_IsRefused() => AssertRefused(await BookWith("department", "neurosurgery"), "department");

    [Fact]
    public async Task InactiveDepartment_IsRefused()
    {
        await App.Sql("UPDATE departments SET is_active = false WHERE code = 'psychiatry'");
        AssertRefused(await BookWith("department", "psychiatry"), "department");
    }

    [Fact]
    public async Task UnknownPriority_IsRefused() => AssertRefused(await BookWith("priority", "urgent"), "priority");

    [Theory]
    [InlineData("23-11-2026")]
    [InlineData("2026/11/24")]
    [InlineData("tomorrow")]
    public async Task DateNotInIsoForm_IsRefused(string date) => AssertRefused(await BookWith("booking_date", date), "booking_date");

    [Theory]
    [InlineData("10.30")]
    [InlineData("25:00")]
    [InlineData("10:30 AM")]
    public async Task BadTime_IsRefused(string time) => AssertRefused(await BookWith("booking_time", time), "booking_time");

    [Fact]
    public async Task TimeWithSeconds_IsAcceptedAndSerialisedWithSeconds()
    {
        var reply = await BookWith("booking_time", "11:15:30");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("11:15:30", reply.Details!["booking_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryBadField_IsListed()
    {
        var body = Api.Booking("12345", "nowhere", "yesterday", "9am").With("patient_name", "X").With("patient_age", "old");
        var reply = await Anonymous.Book(body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        foreach (var field in new[] { "patient_name", "patient_phone", "patient_age", "department", "booking_date", "booking_time" })
            Assert.True(reply.Errors!.ContainsKey(field), $"{field} missing from {reply.Raw}");
    }

    [Fact]
    public async Task MissingFields_AreNamed()
    {
        var reply = await Anonymous.Send(HttpMethod.Post, "/tokens/book", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(6, reply.Errors!.Count);
    }
}
