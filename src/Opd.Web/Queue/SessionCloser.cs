using Microsoft.Extensions.Options;
using Opd.Core.Queue;

namespace Opd.Web.Queue;

/// <summary>Every minute, marks as missed the patients whose session ended (Queue:NoShowAfterSessionMinutes, -1 = off).</summary>
public sealed class SessionCloser(CloseSessions close, IOptions<QueueOptions> options, ILogger<SessionCloser> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var grace = options.Value.NoShowAfterSessionMinutes;
        if (grace < 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var missed = await close.Handle(grace, stoppingToken);
                if (missed > 0)
                    log.LogInformation("Marked {Count} tokens missed at the end of their session", missed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Closing ended sessions failed; trying again in a minute");
            }
        }
    }
}
