using Opd.Core.Messages;

namespace Opd.Web.Messages;

/// <summary>
/// Refuses to start with a template that breaks the rules (more than two variables, say): an
/// operator would drop every message sent with it, and nobody would notice until patients complain.
/// </summary>
public sealed class TemplateCheck(TemplateSetup templates, ILogger<TemplateCheck> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var problems = await templates.Problems(ct);
        if (problems.Count == 0)
            return;
        var text = "The message templates must be corrected before the server starts: " + string.Join(" ", problems);
        log.LogCritical("{Problem}", text);
        throw new InvalidOperationException(text);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
