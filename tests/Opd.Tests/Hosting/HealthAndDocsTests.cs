using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Opd.Core.Database;
using Opd.Tests.Infrastructure;

namespace Opd.Tests.Hosting;

public sealed class HealthAndDocsTests(OpdApp app) : ApiTest(app)
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheTokenRoutes()
    {
        var reply = await Anonymous.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var paths = reply.Body!["paths"]!.AsObject();
        foreach (var path in new[] { "/tokens/book", "/tokens/{token_id}", "/tokens/{token_id}/status", "/tokens/search",
                     "/tokens/daily/{date}", "/tokens/stats", "/tokens/departments", "/tokens/statuses", "/health" })
            Assert.True(paths.ContainsKey(path), path);
    }

    [Fact]
    public async Task OpenApiDocument_MarksOnlyStaffRoutesAsNeedingTheKey()
    {
        var paths = (await Anonymous.Get("/openapi/v1.json")).Body!["paths"]!;
        Assert.NotNull(paths["/tokens/search"]!["get"]!["security"]);
        Assert.NotNull(paths["/tokens/{token_id}/status"]!["put"]!["security"]);
        Assert.Null(paths["/tokens/book"]!["post"]!["security"]);
        Assert.Null(paths["/tokens/{token_id}"]!["get"]!["security"]);
    }

    [Fact]
    public async Task SwaggerUi_IsServedAtDocs()
    {
        var response = await Anonymous.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_IsOkWhileTheDatabaseAnswers()
    {
        var reply = await Anonymous.Get("/health");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ok", reply.Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Schema_MatchesTheModel()
    {
        await using var db = App.Db();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}

/// <summary>A cluster of its own, because the test shuts the database down under a running server.</summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"opd-outage-{Guid.NewGuid():N}");
    private EmbeddedPostgres? _postgres;
    private OpdApp? _app;

    public async ValueTask InitializeAsync()
    {
        _postgres = await EmbeddedPostgres.Start(new EmbeddedPostgresOptions(_dataDir) { Durable = false }, NullLogger.Instance, CancellationToken.None);
        _app = new OpdApp(_postgres.ConnectionString);
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task WhenTheDatabaseStops_HealthAndBookingSay503()
    {
        var client = _app!.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.Get("/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()))).Status);

        await _postgres!.DisposeAsync();

        var health = await client.Get("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unavailable", health.Body!["status"]!.GetValue<string>());
        var booking = await client.Book(Api.Booking(Unique.Phone(), date: _app.OpenDay()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, booking.Status);
        Assert.Equal("application/problem+json", booking.ContentType);
        Assert.Contains("Nothing was saved", booking.Detail);
        Assert.DoesNotContain("Npgsql", booking.Raw);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        Directory.Delete(_dataDir, recursive: true);
    }
}
