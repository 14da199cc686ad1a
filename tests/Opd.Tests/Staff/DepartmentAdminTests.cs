using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Staff;

public sealed class DepartmentAdminTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task Admin_ChangesCapacity_WhichBookingThenFollows()
    {
        var changed = await Admin.Send(HttpMethod.Patch, "/api/departments/dental", """{"daily_capacity": 1}""");
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(1, changed.Body!["daily_capacity"]!.GetValue<int>());
        var day = App.OpenDay();
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Anonymous.Book(Api.Booking(Unique.Phone(), "dental", day))).Status);
    }

    [Fact]
    public async Task ClosedDepartment_LeavesThePublicList_ButNotTheAdminList()
    {
        await Admin.Send(HttpMethod.Patch, "/api/departments/psychiatry", """{"is_active": false}""");
        Assert.DoesNotContain((await Anonymous.Get("/tokens/departments")).Body!.AsArray(), d => d!["value"]!.GetValue<string>() == "psychiatry");
        Assert.Contains((await Admin.Get("/api/departments")).Body!.AsArray(), d => d!["value"]!.GetValue<string>() == "psychiatry");
    }

    [Theory]
    [InlineData("""{"daily_capacity": 0}""", "daily_capacity")]
    [InlineData("""{"daily_capacity": "many"}""", "daily_capacity")]
    [InlineData("""{"is_active": "yes"}""", "is_active")]
    public async Task BadChange_IsNamed(string body, string field)
    {
        var reply = await Admin.Send(HttpMethod.Patch, "/api/departments/cardiology", body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.True(reply.Errors!.ContainsKey(field));
    }

    [Fact]
    public async Task OnlyAdmins_ChangeDepartments()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.Send(HttpMethod.Patch, "/api/departments/nowhere", """{"is_active": true}""")).Status);
        var reception = App.Staff(await App.NewStaffKey("reception"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.Send(HttpMethod.Patch, "/api/departments/dental", """{"is_active": false}""")).Status);
    }
}
