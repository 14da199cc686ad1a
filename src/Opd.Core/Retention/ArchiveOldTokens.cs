using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Retention;

/// <summary>
/// Moves completed, cancelled and no-show tokens booked before a cutoff into token_archive (row and
/// audit trail as JSON) and removes them from the working tables. Pending and confirmed tokens are
/// never touched, whatever their date. Works in batches, each one transaction: an interrupted run
/// leaves every token either still in place or archived, never lost.
/// </summary>
public sealed class ArchiveOldTokens(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock)
{
    public const int BatchSize = 5_000;

    public sealed record Summary(DateOnly Cutoff, bool DryRun, int Tokens, IReadOnlyDictionary<string, int> ByStatus);

    public async Task<Result<Summary>> Handle(int olderThanDays, bool dryRun, Action<int>? progress, CancellationToken ct)
    {
        if (olderThanDays is < 1 or > 36_500)
            return ValidationError.For("older_than_days", "Give an age of 1 to 36500 days.");
        var cutoff = clock.Today.AddDays(-olderThanDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byStatus = await db.Tokens.Where(t => t.BookingDate < cutoff && t.Status != Tokens.TokenStatus.Pending && t.Status != Tokens.TokenStatus.Confirmed)
            .GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = byStatus.OrderBy(s => s.Key).ToDictionary(s => Tokens.TokenText.Status(s.Key), s => s.Count);
        if (dryRun)
            return new Summary(cutoff, true, counts.Values.Sum(), counts);

        var moved = 0;
        while (true)
        {
            var now = clock.UtcNow;
            var batch = await db.Database.ExecuteSqlRawAsync(MoveBatch, [cutoff, BatchSize, now], ct);
            if (batch == 0)
                break;
            moved += batch;
            progress?.Invoke(moved);
        }
        return new Summary(cutoff, false, moved, counts);
    }

    /// <summary>One batch into the archive; rows another transaction holds are left for the next run.</summary>
    private const string MoveBatch = $$"""
        WITH doomed AS (
            SELECT id FROM tokens
             WHERE booking_date < {0} AND status IN {{Tokens.StatusSql.Finished}}
             ORDER BY booking_date LIMIT {1}
               FOR UPDATE SKIP LOCKED),
        archived AS (
            INSERT INTO token_archive (token_id, booking_date, department_code, status, archived_at, record)
            SELECT t.id, t.booking_date, t.department_code, t.status, {2},
                   to_jsonb(t) || jsonb_build_object('events', COALESCE(
                       (SELECT jsonb_agg(to_jsonb(e) ORDER BY e.at, e.id) FROM token_events e WHERE e.token_id = t.id), '[]'::jsonb))
              FROM tokens t JOIN doomed USING (id)
            -- A token archived before and brought back by an import: its latest version wins.
            ON CONFLICT (token_id) DO UPDATE SET status = excluded.status, archived_at = excluded.archived_at, record = excluded.record
            RETURNING token_id)
        DELETE FROM tokens WHERE id IN (SELECT token_id FROM archived)
        """;
}
