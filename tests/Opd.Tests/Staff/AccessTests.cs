using System.Net;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Staff;

public sealed class AccessTests(OpdApp app) : ApiTest(app)
{
    public static TheoryData<string, string> StaffRoutes => new()
    {
        { "GET", "/tokens/search" },
        { "GET", "/tokens/daily/2026-11-24" },
        { "GET", "/tokens/stats" },
        { "PUT", "/tokens/3fa85f64-5717-4562-b3fc-2c963f66afa6/status" },
        { "GET", "/api/staff" },
    };

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task StaffRoute_WithoutKey_Is401(string method, string url)
    {
        var reply = await Anonymous.Send(new HttpMethod(method), url, method == "PUT" ? "{\"status\":\"confirmed\"}" : null);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Contains("API key", reply.Detail);
    }

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task StaffRoute_WithBadKey_Is401(string method, string url)
    {
        var reply = await App.Staff("opd_not_a_real_key").Send(new HttpMethod(method), url, method == "PUT" ? "{\"status\":\"confirmed\"}" : null);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Theory]
    [InlineData("reception")]
    [InlineData("doctor")]
    public async Task EveryStaffRole_CanUseTheTokenStaffRoutes(string role)
    {
        var client = App.Staff(await App.NewStaffKey(role));
        Assert.Equal(HttpStatusCode.OK, (await client.Get("/tokens/search")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get("/tokens/stats")).Status);
        var token = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, (await client.SetStatus(token.TokenId, "confirmed")).Status);
    }

    [Theory]
    [InlineData("reception")]
    [InlineData("doctor")]
    public async Task KeyWithoutTheAdminRole_Is403OnStaffManagement(string role)
    {
        var reply = await App.Staff(await App.NewStaffKey(role)).Get("/api/staff");
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
    }

    [Fact]
    public async Task RevokedKey_Is401()
    {
        var created = await Admin.Send(HttpMethod.Post, "/api/staff", """{"username":"desk-one","display_name":"Desk One","roles":["reception"]}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var key = created.Body!["api_key"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await App.Staff(key).Get("/tokens/search")).Status);

        var revoked = await Admin.Delete($"/api/staff/keys/{created.Body!["key_id"]!.GetValue<string>()}");
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Staff(key).Get("/tokens/search")).Status);
    }

    [Fact]
    public async Task StaffKeys_AreStoredOnlyAsHashes()
    {
        var key = await App.NewStaffKey("doctor");
        await using var db = App.Db();
        var stored = db.ApiKeys.ToList();
        Assert.DoesNotContain(stored, k => System.Text.Encoding.UTF8.GetString(k.Hash).Contains(key));
        Assert.Contains(stored, k => k.Hash.SequenceEqual(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))));
    }

    [Fact]
    public async Task PublicRoutes_NeedNoKey()
    {
        var token = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get($"/tokens/{token.TokenId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get("/tokens/departments")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Get("/tokens/statuses")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.Delete($"/tokens/{token.TokenId}")).Status);
    }

    [Fact]
    public async Task PublicRoute_WithABadKey_Is401NotAnonymous()
    {
        var reply = await App.Staff("opd_wrong").Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task AnonymousPriority_IsRecordedButDoesNotJumpTheQueue()
    {
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("priority", "high"));
        Assert.Equal("normal", reply.Details!["priority"]!.GetValue<string>());
        Assert.Equal("high", reply.Details!["requested_priority"]!.GetValue<string>());

        var low = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("priority", "low"));
        Assert.Equal("low", low.Details!["priority"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaffPriority_IsGranted()
    {
        var reception = App.Staff(await App.NewStaffKey("reception"));
        var reply = await reception.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("priority", "high").With("source", "walk_in"));
        Assert.True(HttpStatusCode.OK == reply.Status, reply.Raw);
        Assert.Equal("high", reply.Details!["priority"]!.GetValue<string>());
        Assert.Equal("walk_in", reply.Details!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnonymousWalkIn_IsRefused()
    {
        var reply = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()).With("source", "walk_in"));
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        await using var db = App.Db();
        Assert.Equal(0, db.Tokens.Count(t => t.Source == Opd.Core.Tokens.TokenSource.WalkIn && t.CreatedBy == "patient"));
    }

    [Fact]
    public async Task AnonymousStatusChangeThroughTheHandler_IsRefused()
    {
        var token = await Anonymous.Book(Api.Booking(Unique.Phone(), date: App.OpenDay()));
        var handler = App.Services.GetService(typeof(Opd.Core.Tokens.ChangeTokenStatus.Handler)) as Opd.Core.Tokens.ChangeTokenStatus.Handler;
        var result = await handler!.Handle(new(Opd.Core.Tokens.TokenRef.ById(Guid.Parse(token.TokenId)), Opd.Core.Tokens.TokenStatus.Completed, null), Opd.Core.Common.Actor.Patient, CancellationToken.None);
        Assert.IsType<Opd.Core.Common.UnauthorizedError>(result.Error);
    }
}
