using System.Net;
using System.Text.Json.Nodes;

namespace Opd.Tests.Infrastructure;

/// <summary>One conversation through POST /chat, as the chat box holds it: the thread id of the first answer goes with every later message.</summary>
public sealed class ChatThread(HttpClient client)
{
    public string? Id { get; private set; }

    public async Task<string> Say(string message)
    {
        var body = new JsonObject { ["message"] = message };
        if (Id is not null)
            body["thread_id"] = Id;
        var reply = await client.Send(HttpMethod.Post, "/chat", body.ToJsonString());
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Raw);
        Assert.Equal("success", reply.Body!["status"]!.GetValue<string>());
        Id = reply.Body!["thread_id"]!.GetValue<string>();
        return reply.Body!["response"]!.GetValue<string>();
    }
}
