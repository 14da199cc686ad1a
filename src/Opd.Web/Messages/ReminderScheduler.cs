using Microsoft.Extensions.Options;
using Opd.Core.Messages;

namespace Opd.Web.Messages;

/// <summary>Writes due reminders every Notifications:ReminderSeconds; every server runs it, and the outbox's key keeps one reminder per token and kind.</summary>
public sealed class ReminderScheduler(Reminders reminders, IOptions<NotificationOptions> options, ILogger<ReminderScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(options.Value.ReminderSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await reminders.RunOnce(stoppingToken);
                if (written > 0)
                    log.LogInformation("Messages: {Count} reminders written", written);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The next round writes what this one missed: the reminders stay due until their day has passed.
                log.LogError(e, "Messages: a reminder round failed");
            }
            await Task.Delay(every, stoppingToken);
        }
    }
}
