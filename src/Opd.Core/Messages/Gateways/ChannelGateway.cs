namespace Opd.Core.Messages.Gateways;

/// <summary>What the dispatcher sends through: each message by its own channel, WhatsApp or the configured SMS gateway.</summary>
public sealed class ChannelGateway(ISmsGateway sms, WhatsAppGateway whatsApp)
{
    public ISmsGateway For(string channel) => channel == OptOuts.WhatsApp ? whatsApp : sms;
}
