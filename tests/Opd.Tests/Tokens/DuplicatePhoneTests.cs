using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Tokens;

public sealed class DuplicatePhoneTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task SamePhoneSameDate_AnyDepartment_IsAConflict()
    {
        var (phone, day) = (Unique.Phone(), App.OpenDay());
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(phone, "cardiology", day))).Status);
        var second = await Anonymous.Book(Api.Booking("+91 " + phone, "dental", day));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains($"already has an active token on {day}", second.Detail);
    }

    [Fact]
    public async Task AnonymousDuplicate_NamesNeitherTheTokenNorItsDepartment()
    {
        var (phone, day) = (Unique.Phone(), App.OpenDay());
        var first = await Anonymous.Book(Api.Booking(phone, "gynecology", day));
        var second = await Anonymous.Book(Api.Booking(phone, "dental", day));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.DoesNotContain("gynecology", second.Raw);
        Assert.DoesNotContain($"token {first.TokenNumber}", second.Raw);
        Assert.DoesNotContain(first.TokenId, second.Raw);
    }

    [Fact]
    public async Task StaffDuplicate_IsToldWhichTokenHoldsThePhone()
    {
        var (phone, day) = (Unique.Phone(), App.OpenDay());
        await Anonymous.Book(Api.Booking(phone, "gynecology", day));
        var second = await Admin.Book(Api.Booking(phone, "dental", day));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("already holds token 1 (gynecology)", second.Detail);
    }

    [Fact]
    public async Task SamePhoneOtherDate_IsAccepted()
    {
        var phone = Unique.Phone();
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(phone, date: App.OpenDay()))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(phone, date: App.OpenDay()))).Status);
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("completed")]
    [InlineData("no_show")]
    public async Task PhoneWhoseTokenEnded_CanBookAgainThatDate(string ending)
    {
        var (phone, day) = (Unique.Phone(), App.OpenDay());
        var first = await Anonymous.Book(Api.Booking(phone, date: day));
        Assert.Equal(HttpStatusCode.OK, (await Admin.SetStatus(first.TokenId, ending)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(phone, date: day))).Status);
    }

    [Fact]
    public async Task ParallelBookingsOfOnePhone_OnlyOneWins()
    {
        var (phone, day) = (Unique.Phone(), App.OpenDay());
        var departments = new[] { "general_medicine", "cardiology", "dental", "orthopedics", "pediatrics", "dermatology" };
        var replies = await Task.WhenAll(departments.SelectMany(d => new[] { d, d })
            .Select(d => Task.Run(() => Anonymous.Book(Api.Booking(phone, d, day)))));
        Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
        Assert.All(replies.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        await using var db = App.Db();
        Assert.Equal(1, db.Tokens.Count(t => t.PatientPhone == phone));
    }
}
