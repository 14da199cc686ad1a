using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;
using Opd.Core.Common;

namespace Opd.Core.Messages;

/// <summary>Stops and restarts reminders for one mobile number; both are idempotent.</summary>
public sealed class OptOuts(OpdDbContext db, TimeProvider clock)
{
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string Web = "web";

    public Task<bool> IsStopped(IndianMobile phone, CancellationToken ct) =>
        db.OptOuts.AnyAsync(o => o.Phone == phone.Number, ct);

    /// <summary>One statement, so two STOPs at once leave one row and neither fails.</summary>
    public Task Stop(IndianMobile phone, string channel, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO message_opt_outs (phone, channel, stopped_at) VALUES ({phone.Number}, {channel}, {clock.GetUtcNow()})
            ON CONFLICT (phone) DO NOTHING
            """, ct);

    public Task Start(IndianMobile phone, CancellationToken ct) =>
        db.OptOuts.Where(o => o.Phone == phone.Number).ExecuteDeleteAsync(ct);
}
