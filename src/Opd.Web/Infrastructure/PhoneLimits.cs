using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Opd.Core.Common;

namespace Opd.Web.Infrastructure;

/// <summary>
/// Bookings per mobile number, for anonymous callers: one script cannot fill a department with
/// made-up bookings for one number, and a real patient never books more than a few an hour.
/// Counted in this server process.
/// </summary>
public sealed class PhoneLimits(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(phone =>
        RateLimitPartition.GetFixedWindowLimiter(phone, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.BookingsPerPhonePerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0,
        }));

    /// <summary>A lease to book for this phone; not acquired means the limit is reached.</summary>
    public RateLimitLease Booking(IndianMobile phone) => _limiter.AttemptAcquire(phone.Number);

    public void Dispose() => _limiter.Dispose();
}
