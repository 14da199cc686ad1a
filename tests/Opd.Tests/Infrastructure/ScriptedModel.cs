using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Opd.Tests.Infrastructure;

/// <summary>
/// A stand-in for an OpenAI-compatible endpoint on loopback: each request takes the next scripted
/// answer, or the fallback when the script is empty (without one it answers 500). Counts what it was asked.
/// </summary>
public sealed class ScriptedModel : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<JsonNode, Task<JsonNode>>> _script = new();
    private WebApplication _host = null!;
    private int _requests;

    public Func<JsonNode, Task<JsonNode>>? Fallback { get; set; }

    public int Requests => _requests;

    /// <summary>The base URL, as Chat:LlmBaseUrl takes it.</summary>
    public string BaseUrl => _host.Urls.First() + "/v1";

    public static async Task<ScriptedModel> Start()
    {
        var model = new ScriptedModel();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        model._host = builder.Build();
        model._host.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref model._requests);
            var body = (await JsonNode.ParseAsync(request.Body))!;
            var next = model._script.TryDequeue(out var scripted) ? scripted : model.Fallback;
            return next is null ? Results.StatusCode(500) : Results.Json(await next(body));
        });
        await model._host.StartAsync();
        return model;
    }

    public void Then(Func<JsonNode, Task<JsonNode>> answer) => _script.Enqueue(answer);

    public void Then(JsonNode answer) => _script.Enqueue(_ => Task.FromResult(answer));

    public static JsonNode Answer(JsonObject message) =>
        new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = "stop" }) };

    public static JsonNode Text(string text) => Answer(new JsonObject { ["role"] = "assistant", ["content"] = text });

    /// <summary>One answer that calls these tools, in this order.</summary>
    public static JsonNode ToolCalls(params (string Name, JsonObject Arguments)[] calls) => Answer(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray(calls.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = $"call_{i + 1}", ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments.ToJsonString() },
        }).ToArray()),
    });

    /// <summary>The "model" repeats what the last tool answered, so the test sees what really ran.</summary>
    public static Task<JsonNode> EchoTool(JsonNode request) =>
        Task.FromResult(Text("TOOL " + request["messages"]!.AsArray().Last()!["content"]!.GetValue<string>()));

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
