using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Opd.Tests.Infrastructure;
using static Opd.Tests.Infrastructure.ScriptedModel;

namespace Opd.Tests.Chat;

/// <summary>
/// Many chats waiting on a slow model at once, on a server with a small connection pool: the model
/// call holds no connection, so the server stays healthy and every chat gets the model's answer.
/// </summary>
public sealed class SlowModelTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int PoolSize = 5;
    private const int Chats = 20;
    private ScriptedModel _model = null!;
    private OpdApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _model = await Start();
        _model.Fallback = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            return Text("a considered answer");
        };
        _app = new OpdApp(await postgres.CreateDatabase() + $";Maximum Pool Size={PoolSize}", new Dictionary<string, string?>
        {
            ["Chat:LlmBaseUrl"] = _model.BaseUrl, ["Chat:LlmTimeoutSeconds"] = "20",
        });
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task ManyChatsWaitingOnASlowModel_LeaveThePoolFree_AndHealthAnswers()
    {
        var body = new JsonObject { ["message"] = "what should I bring to the OPD?" }.ToJsonString();
        var chats = Enumerable.Range(0, Chats).Select(_ => Task.Run(() => _app.Anonymous().Send(HttpMethod.Post, "/chat", body))).ToList();

        // While all of them wait on the model (four times the pool), the database is still there for everyone else.
        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var health = await _app.Anonymous().Get("/health");
            Assert.Equal(HttpStatusCode.OK, health.Status);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"/health took {watch.Elapsed}");
            Assert.False(chats.All(c => c.IsCompleted), "the chats did not wait on the model");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        var replies = await Task.WhenAll(chats);
        Assert.All(replies, r => Assert.Equal("a considered answer", r.Body!["response"]!.GetValue<string>()));
        Assert.True(_model.Requests >= Chats);
    }
}
