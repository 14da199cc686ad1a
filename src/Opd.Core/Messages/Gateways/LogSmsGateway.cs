using Microsoft.Extensions.Logging;

namespace Opd.Core.Messages.Gateways;

/// <summary>The default: the message goes to the server's log (and stays in the outbox) instead of a phone.</summary>
public sealed class LogSmsGateway(ILogger<LogSmsGateway> log) : ISmsGateway
{
    public string Name => SmsOptions.LogGateway;

    public Task<SendOutcome> Send(OutgoingSms sms, CancellationToken ct)
    {
        var parts = SmsSegments.Of(sms.Text);
        log.LogInformation("SMS {MessageId} to {To} ({Parts} part(s), {Encoding}): {Text}",
            sms.MessageId, sms.To, parts.Parts, parts.Unicode ? "UCS-2" : "GSM-7", sms.Text);
        return Task.FromResult(new SendOutcome(SendResult.Sent, null, "written to the log"));
    }
}
