using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Opd.Tests.Messages;

/// <summary>
/// A stand-in SMS provider (and Graph API, and status endpoint) on loopback: records every request
/// on any path and answers as the test's script says (by default 200 with a JSON id in both the
/// SMS shape and WhatsApp's); it can fail, answer slowly or never.
/// </summary>
public sealed class StandInGateway : IAsyncDisposable
{
    public sealed record Received(string Method, string Path, string ContentType, string Body, IReadOnlyDictionary<string, string> Form,
        IReadOnlyDictionary<string, string> Headers, DateTime At);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _closing = new();

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Decides each answer from the request and its number (1 = first); null = the default success.</summary>
    public Func<Received, int, CancellationToken, Task<IResult?>> Script { get; set; } = (_, _, _) => Task.FromResult<IResult?>(null);

    private int _count;

    private StandInGateway()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Map("/{**path}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var form = request.ContentType?.StartsWith("application/x-www-form-urlencoded") == true
                ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString())
                : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value).ToDictionary(p => p.Key, p => p.Value.ToString());
            var received = new Received(request.Method, request.Path, request.ContentType ?? "", body, form,
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTime.UtcNow);
            Requests.Enqueue(received);
            var number = Interlocked.Increment(ref _count);
            using var both = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted, _closing.Token);
            return await Script(received, number, both.Token) ?? Results.Json(new { status = "ok", data = new { id = $"prov-{number}" }, messages = new[] { new { id = $"wamid.{number}" } } });
        });
    }

    public string Url => Base + "/sms";

    public string Base => _app.Urls.First();

    public static async Task<StandInGateway> Start()
    {
        var gateway = new StandInGateway();
        await gateway._app.StartAsync();
        return gateway;
    }

    /// <summary>Settings that send through this stand-in as a form post, quickly, with fast retries and polls.</summary>
    public Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Sms:Gateway"] = "http",
            ["Notifications:Sms:Http:Url"] = Url,
            ["Notifications:Sms:Http:Body"] = "to=91{to}&text={text}&msgid={message_id}&template={template_id}&entity={entity_id}&sender={sender}",
            ["Notifications:Sms:Http:Headers:Authorization"] = "Bearer stand-in-key",
            ["Notifications:Sms:Http:IdPath"] = "data.id",
            ["Notifications:Sms:Http:Retries"] = "0",
            ["Notifications:Sms:Http:TimeoutSeconds"] = "2",
            ["Notifications:Sms:Http:TotalTimeoutSeconds"] = "3",
            ["Notifications:PollSeconds"] = "0.1",
            ["Notifications:PublicUrl"] = "https://opd.example.in",
        };
        foreach (var (key, value) in more ?? [])
            settings[key] = value;
        return settings;
    }

    /// <summary>The requests for one message, by the id every send carries.</summary>
    public List<Received> For(Guid messageId) => Requests.Where(r => r.Headers.GetValueOrDefault("Idempotency-Key") == messageId.ToString()).ToList();

    /// <summary>The SMS sends to one phone, oldest first.</summary>
    public List<Received> SmsTo(string phone) => Requests.Where(r => r.Path == "/sms" && r.Form.GetValueOrDefault("to") == "91" + phone).ToList();

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _app.DisposeAsync();
        _closing.Dispose();
    }
}
