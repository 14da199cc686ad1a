using Microsoft.Extensions.Options;
using Opd.Core.Messages;
using Opd.Core.Messages.Receipts;

namespace Opd.Web.Messages;

/// <summary>
/// Asks an SMS provider without push about its unconfirmed messages every Notifications:Sms:Receipts:PollSeconds
/// (off by default). Every server may run it: their claims never overlap.
/// </summary>
public sealed class ReceiptPoller(PollReceipts poll, IOptions<NotificationOptions> options, ILogger<ReceiptPoller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!poll.Enabled)
            return;
        var o = options.Value.Sms.Receipts;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await poll.RunOnce(stoppingToken) >= o.PollBatch)
                    continue;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Messages: a receipt poll failed");
            }
            // A quarter of the interval: a message becomes due again one whole interval after it was asked about.
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.2, o.PollSeconds / 4)), stoppingToken);
        }
    }
}
