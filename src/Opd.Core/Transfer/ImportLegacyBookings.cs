using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;
using Opd.Core.Departments;
using Opd.Core.Queue;
using Opd.Core.Tokens;

namespace Opd.Core.Transfer;

/// <summary>
/// Brings over the earlier system's token_bookings.json (an object of records keyed by token id):
/// ids, numbers, statuses and times are kept. Importing the same file again changes nothing, and a
/// file that cannot be read changes nothing at all; records that cannot be taken over are listed
/// with the reason.
/// </summary>
public sealed class ImportLegacyBookings(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, DepartmentDirectory departments, IQueueEvents events)
{
    public sealed record Skipped(string Key, string Reason);

    public sealed record Report(int Imported, IReadOnlyList<Skipped> Skipped);

    public async Task<Result<Report>> Handle(Stream file, bool dryRun, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(file, new JsonDocumentOptions { MaxDepth = 8 }, ct);
        }
        catch (JsonException e)
        {
            return ValidationError.For("file", $"The file is not valid JSON (line {e.LineNumber + 1}); nothing was imported.");
        }
        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return ValidationError.For("file", "The file must be a JSON object of bookings keyed by token id; nothing was imported.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Departments.AsNoTracking().Select(d => d.Code).ToListAsync(ct);
        var skipped = new List<Skipped>();
        var tokens = new List<Token>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var (token, reason) = LegacyRecord.Read(entry.Name, entry.Value, known, clock);
            if (token is null)
                skipped.Add(new Skipped(entry.Name, reason!));
            else
                tokens.Add(token);
        }

        var ids = tokens.Select(t => t.Id).ToList();
        var existing = (await db.Tokens.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        var taken = await TakenNumbers(db, tokens, ct);
        var activePhones = await ActivePhones(db, tokens, ct);
        var accepted = new List<Token>();
        foreach (var token in tokens)
        {
            var reason = existing.Contains(token.Id) ? "already imported"
                : !taken.Add((token.DepartmentCode, token.BookingDate, token.TokenNumber)) ? $"token number {token.TokenNumber} of {token.DepartmentCode} on {token.BookingDate:yyyy-MM-dd} is already used"
                : TokenStatusRules.IsActive(token.Status) && !activePhones.Add((token.PatientPhone, token.BookingDate)) ? $"phone {token.PatientPhone} already holds an active token on {token.BookingDate:yyyy-MM-dd}"
                : null;
            if (reason is null)
                accepted.Add(token);
            else
                skipped.Add(new Skipped(token.Id.ToString(), reason));
        }
        if (dryRun || accepted.Count == 0)
            return new Report(accepted.Count, skipped);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Tokens.AddRange(accepted);
        await db.SaveChangesAsync(ct);
        // Later bookings continue after the imported numbers, and imported places count against capacity.
        foreach (var day in accepted.GroupBy(t => (t.DepartmentCode, t.BookingDate)))
        {
            var last = day.Max(t => t.TokenNumber);
            var holding = day.Count(t => t.Status is not (TokenStatus.Cancelled or TokenStatus.NoShow));
            await db.Database.ExecuteSqlRawAsync(DepartmentDayCounter.Upsert,
                DepartmentDayCounter.For(day.Key.DepartmentCode, day.Key.BookingDate, DepartmentDayCounter.Imported(last, holding)), ct);
        }
        await tx.CommitAsync(ct);
        departments.Invalidate();
        await events.LinesChanged(accepted.Where(t => TokenStatusRules.IsActive(t.Status)).Select(LineKey.Of), clock.Today, ct);
        return new Report(accepted.Count, skipped);
    }

    private static async Task<HashSet<(string, DateOnly, int)>> TakenNumbers(OpdDbContext db, IReadOnlyList<Token> tokens, CancellationToken ct)
    {
        var dates = tokens.Select(t => t.BookingDate).Distinct().ToList();
        var rows = await db.Tokens.Where(t => t.SlotId == null && dates.Contains(t.BookingDate))
            .Select(t => new { t.DepartmentCode, t.BookingDate, t.TokenNumber }).ToListAsync(ct);
        return rows.Select(r => (r.DepartmentCode, r.BookingDate, r.TokenNumber)).ToHashSet();
    }

    private static async Task<HashSet<(string, DateOnly)>> ActivePhones(OpdDbContext db, IReadOnlyList<Token> tokens, CancellationToken ct)
    {
        var phones = tokens.Select(t => t.PatientPhone).Distinct().ToList();
        var rows = await db.Tokens.Where(t => t.SlotId == null && phones.Contains(t.PatientPhone)
                && (t.Status == TokenStatus.Pending || t.Status == TokenStatus.Confirmed))
            .Select(t => new { t.PatientPhone, t.BookingDate }).ToListAsync(ct);
        return rows.Select(r => (r.PatientPhone, r.BookingDate)).ToHashSet();
    }
}
