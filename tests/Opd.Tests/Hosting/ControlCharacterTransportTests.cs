using System.Net;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Opd.Tests.Infrastructure;
using Opd.Web.Infrastructure;
using Opd.Web.Queue;

namespace Opd.Tests.Hosting;

/// <summary>On the real server (Kestrel), where a NUL can also be written into the path itself.</summary>
public sealed class ControlCharacterOnKestrelTests(PostgresFixture postgres) : IAsyncLifetime
{
    private OpdApp? _app;

    public async ValueTask InitializeAsync()
    {
        _app = new OpdApp(await postgres.CreateDatabase(), realServer: true);
        await _app.InitializeAsync();
    }

    [Theory]
    [InlineData("/api/queue/departments/dental%00")]
    [InlineData("/tokens/current/Dr%00Raj")]
    [InlineData("/tokens/abc%00")]
    [InlineData("/tokens/search?department=dental%00")]
    [InlineData("/tokens/daily/2026-11-24?patient_name=a%00")]
    public async Task ANulInThePathOrQuery_IsA400(string url)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app!.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OpdApp.AdminKey);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}

/// <summary>The hub's arguments come over a socket, past the request guard.</summary>
public sealed class ControlCharacterHubTests
{
    private static readonly MethodInfo WatchDepartment = typeof(QueueHub).GetMethod(nameof(QueueHub.WatchDepartment))!;

    [Theory]
    [InlineData("dental\u0000")]
    [InlineData("dental\n")]
    [InlineData("den\u0085tal")]
    public async Task AHubArgumentWithAControlCharacter_IsRefusedBeforeTheHubRuns(string department)
    {
        var called = false;
        var error = await Assert.ThrowsAsync<HubException>(async () =>
            await new ControlTextHubFilter().InvokeMethodAsync(Invocation(department), _ => { called = true; return ValueTask.FromResult<object?>(null); }));
        Assert.StartsWith("department ", error.Message);
        Assert.False(called);
    }

    [Fact]
    public async Task AnOrdinaryHubArgument_ReachesTheHub()
    {
        var called = false;
        await new ControlTextHubFilter().InvokeMethodAsync(Invocation("ଦନ୍ତ dental"), _ => { called = true; return ValueTask.FromResult<object?>(null); });
        Assert.True(called);
    }

    private static HubInvocationContext Invocation(string department) =>
        new(new Caller(), new ServiceCollection().BuildServiceProvider(), new QueueHub(null!, null!, null!, null!), WatchDepartment, [department]);

    private sealed class Caller : HubCallerContext
    {
        public override string ConnectionId => "test";
        public override string? UserIdentifier => null;
        public override ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }
}
