using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.Messages;

namespace Opd.Web.Messages;

/// <summary>
/// Messages one phone may send us in an hour (Notifications:Sms:Inbound:PerPhonePerHour): each costs
/// an answer, and a phone in a loop with an autoresponder would otherwise send the clinic's credit away.
/// Counted in this server process.
/// </summary>
public sealed class InboundLimits(IOptions<NotificationOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(phone =>
        RateLimitPartition.GetFixedWindowLimiter(phone, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.Sms.Inbound.PerPhonePerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0,
        }));

    public bool Allow(IndianMobile phone)
    {
        using var lease = _limiter.AttemptAcquire(phone.Number);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
