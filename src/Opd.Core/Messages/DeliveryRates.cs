using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>How messages fared over a period: per kind for the dashboard, and the failure rate per gateway and kind for the admin.</summary>
public sealed class DeliveryRates(IDbContextFactory<OpdDbContext> dbFactory, MessageLog log)
{
    public sealed record ByKind(string Kind, int Written, int Sent, int Delivered, int Failed, int Expired, int Stopped, int Waiting);

    /// <param name="Tried">Messages a gateway answered (sent, delivered, failed, or given up after tries).</param>
    public sealed record ByGateway(string Gateway, string Kind, int Tried, int Failed, double FailureRate);

    public sealed record Rates(DateOnly? From, DateOnly? To, IReadOnlyList<ByKind> Kinds, IReadOnlyList<ByGateway> Gateways);

    public async Task<Result<Rates>> For(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var errors = new FieldErrors();
        MessageLog.Check(new MessageLog.Query(From: from, To: to), errors);
        if (errors.Any)
            return errors.ToError();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await log.Filter(db.Messages.AsNoTracking(), new MessageLog.Query(From: from, To: to))
            .GroupBy(m => new { m.Kind, m.Gateway, m.Status })
            .Select(g => new Counted(g.Key.Kind, g.Key.Gateway, g.Key.Status, g.Count()))
            .ToListAsync(ct);
        static int Of(IEnumerable<Counted> rows, params MessageStatus[] statuses) => rows.Where(r => statuses.Contains(r.Status)).Sum(r => r.Count);
        var kinds = counts.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => new ByKind(g.Key, g.Sum(c => c.Count),
            Of(g, MessageStatus.Sent, MessageStatus.Delivered), Of(g, MessageStatus.Delivered), Of(g, MessageStatus.Failed), Of(g, MessageStatus.Expired),
            Of(g, MessageStatus.Stopped), Of(g, MessageStatus.Queued, MessageStatus.Sending))).ToList();
        var gateways = counts.Where(c => c.Gateway != null).GroupBy(c => (c.Gateway!, c.Kind)).OrderBy(g => g.Key)
            .Select(g =>
            {
                var failed = Of(g, MessageStatus.Failed, MessageStatus.Expired);
                var tried = failed + Of(g, MessageStatus.Sent, MessageStatus.Delivered);
                return new ByGateway(g.Key.Item1, g.Key.Kind, tried, failed, tried == 0 ? 0 : Math.Round((double)failed / tried, 3));
            }).Where(r => r.Tried > 0).ToList();
        return new Rates(from, to, kinds, gateways);
    }

    private sealed record Counted(string Kind, string? Gateway, MessageStatus Status, int Count);
}
