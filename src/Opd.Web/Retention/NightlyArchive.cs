using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Retention;

namespace Opd.Web.Retention;

/// <summary>Archives old finished tokens once a night at Retention:RunAt clinic time (off when Retention:Days is 0).</summary>
public sealed class NightlyArchive(ArchiveOldTokens archive, IOptions<RetentionOptions> options, ClinicClock clock, TimeProvider time,
    ILogger<NightlyArchive> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = options.Value.Days;
        if (days == 0)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(), time, stoppingToken);
            try
            {
                var result = await archive.Handle(days, dryRun: false, progress: null, stoppingToken);
                log.LogInformation("Retention: archived {Count} finished tokens booked before {Cutoff}", result.Value?.Tokens, result.Value?.Cutoff);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed night (database restarting, say) is retried the next night; nothing was half-moved.
                log.LogError(e, "Retention: the nightly archive failed");
            }
        }
    }

    private TimeSpan UntilNextRun()
    {
        var local = clock.LocalNow;
        var next = local.Date + options.Value.RunAt.ToTimeSpan();
        if (next <= local)
            next = next.AddDays(1);
        return clock.AtClinicTime(next) - clock.UtcNow;
    }
}
