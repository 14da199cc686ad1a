using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Opd.Bench;

/// <summary>
/// Dispatcher throughput: queues messages straight into a running server's outbox and measures how
/// fast its dispatcher marks them sent. With --gateway-port, a loopback stand-in provider answers
/// on that port (the server's Notifications__Sms__Http__Url points at it); otherwise the server's own gateway (log) is used.
/// </summary>
public static class Dispatch
{
    public static async Task<int> Run(string connectionString, int messages, int? gatewayPort)
    {
        await using var gateway = gatewayPort is { } port ? await StandIn(port) : null;
        await using var data = NpgsqlDataSource.Create(connectionString);
        var run = $"bench-{Guid.NewGuid():N}"[..20];
        var now = DateTimeOffset.UtcNow;
        await using (var insert = data.CreateCommand("""
            INSERT INTO messages (id, kind, language, to_phone, text, template_id, status, attempts, next_attempt_at, deadline, created_at, updated_at)
            SELECT gen_random_uuid(), 'booking_confirmation', 'en', (9000000000 + n)::text,
                   'Your OPD token: ' || n || ', General Medicine, 24-11-2026 10:30. See your turn live: http://127.0.0.1:8000/t/' || gen_random_uuid(),
                   @run, 'Queued', 0, @now, @now + interval '1 hour', @now, @now
              FROM generate_series(1, @count) n
            """))
        {
            insert.Parameters.AddWithValue("run", run);
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("count", messages);
            await insert.ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        int sent;
        do
        {
            await Task.Delay(100);
            await using var count = data.CreateCommand("SELECT count(*) FROM messages WHERE template_id = @run AND status = 'Sent'");
            count.Parameters.AddWithValue("run", run);
            sent = (int)(long)(await count.ExecuteScalarAsync())!;
        }
        while (sent < messages && clock.Elapsed < TimeSpan.FromMinutes(3));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"| {(gatewayPort is null ? "server's gateway" : "http stand-in")} | {messages:N0} | {sent:N0} | {seconds:N1} | {sent / seconds:N0} |");
        return sent == messages ? 0 : 1;
    }

    /// <summary>A provider on loopback that accepts every message at once and answers with an id, as a real one does.</summary>
    private static async Task<WebApplication> StandIn(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var count = 0;
        app.MapPost("/sms", () => Results.Json(new { status = "ok", data = new { id = $"prov-{Interlocked.Increment(ref count)}" } }));
        await app.StartAsync();
        return app;
    }
}
