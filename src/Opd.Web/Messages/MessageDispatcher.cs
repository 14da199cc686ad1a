using Microsoft.Extensions.Options;
using Opd.Core.Messages;

namespace Opd.Web.Messages;

/// <summary>
/// Sends the outbox: a round as soon as a booking in this server wakes it, else every
/// Notifications:PollSeconds. Every server runs one; their claims never overlap.
/// </summary>
public sealed class MessageDispatcher(DispatchMessages dispatch, Outbox outbox, IOptions<NotificationOptions> options, ILogger<MessageDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: go on at once.
                if (await dispatch.RunOnce(stoppingToken) >= options.Value.BatchSize)
                    continue;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database restarting, say: claimed messages come back when their lease runs out.
                log.LogError(e, "Messages: a dispatch round failed");
            }
            await outbox.WaitForWork(poll, stoppingToken);
        }
    }
}
