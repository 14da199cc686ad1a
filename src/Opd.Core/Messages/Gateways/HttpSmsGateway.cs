using Microsoft.Extensions.Options;

namespace Opd.Core.Messages.Gateways;

/// <summary>A provider's HTTP API, through a client with a timeout and quick retries (see <see cref="SmsServices"/>).</summary>
public sealed class HttpSmsGateway(IHttpClientFactory clients, IOptions<NotificationOptions> options) : ISmsGateway
{
    public const string ClientName = "sms";

    public string Name => SmsOptions.HttpGateway;

    public async Task<SendOutcome> Send(OutgoingSms sms, CancellationToken ct)
    {
        var o = options.Value.Sms.Http;
        using var request = HttpGatewayRequest.Build(o, sms);
        // The whole answer is read within the client's timeouts, and is small (see MaxResponseContentBufferSize).
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        return HttpGatewayAnswer.Read(o, (int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }
}
