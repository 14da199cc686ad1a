using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>The outbox as staff read it: the log with filters and pages, and a failed message sent again.</summary>
public sealed class MessageLog(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, Outbox outbox)
{
    public const int MaxPageSize = 200;

    /// <param name="From">First clinic day the message was written on; To the last.</param>
    public sealed record Query(string? Status = null, string? Kind = null, string? Phone = null, DateOnly? From = null, DateOnly? To = null,
        int Page = 1, int PageSize = 50);

    public sealed record Found(IReadOnlyList<Message> Items, int Total, int Page, int PageSize);

    /// <summary>The rules of a query, also run by the API so one answer lists every bad field.</summary>
    public static void Check(Query q, FieldErrors errors)
    {
        if (q.Status is not null && !Enum.TryParse<MessageStatus>(q.Status, ignoreCase: true, out _))
            errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<MessageStatus>().Select(s => s.ToLowerInvariant()))}.");
        if (q.Kind is not null && !MessageKinds.Values.ContainsKey(q.Kind))
            errors.Add("kind", $"The kind must be one of {string.Join(", ", MessageKinds.Values.Keys)}.");
        if (q.Phone is not null && !IndianMobile.TryParse(q.Phone, out _))
            errors.Add("phone", "The phone must be a 10-digit Indian mobile number.");
        if (q.From is { } from && q.To is { } to && to < from)
            errors.Add("to", "The last day must be on or after the first.");
        if (q.Page < 1)
            errors.Add("page", "The page must be 1 or more.");
        if (q.PageSize is < 1 or > MaxPageSize)
            errors.Add("page_size", $"The page size must be 1–{MaxPageSize}.");
    }

    public async Task<Result<Found>> List(Query q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check(q, errors);
        if (errors.Any)
            return errors.ToError();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var messages = Filter(db.Messages.AsNoTracking(), q);
        var total = await messages.CountAsync(ct);
        var items = await messages.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(ct);
        return new Found(items, total, q.Page, q.PageSize);
    }

    public async Task<Message?> Find(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
    }

    /// <summary>A failed or expired message as a new row of the outbox, due now; the old one stays in the log as it was.</summary>
    public async Task<Result<Message>> Resend(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var old = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (old is null)
            return new NotFoundError($"No message with id {id} was found.");
        if (old.Status is not (MessageStatus.Failed or MessageStatus.Expired))
            return new ConflictError($"Message {id} is {old.Status.ToString().ToLowerInvariant()}; only a failed or expired message can be sent again.");
        var now = clock.UtcNow;
        var copy = new Message
        {
            Id = Guid.NewGuid(), Kind = old.Kind, Language = old.Language, ToPhone = old.ToPhone, Text = old.Text, TemplateId = old.TemplateId,
            EntityId = old.EntityId, Sender = old.Sender, TokenId = old.TokenId, Channel = old.Channel, Variables = old.Variables, Status = MessageStatus.Queued, NextAttemptAt = now,
            Deadline = old.Deadline > now + MessageKinds.ShortestLife ? old.Deadline : now + MessageKinds.ShortestLife, CreatedAt = now, UpdatedAt = now,
        };
        db.Messages.Add(copy);
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return copy;
    }

    internal IQueryable<Message> Filter(IQueryable<Message> messages, Query q)
    {
        if (q.Status is not null)
        {
            var status = Enum.Parse<MessageStatus>(q.Status, ignoreCase: true);
            messages = messages.Where(m => m.Status == status);
        }
        if (q.Kind is not null)
            messages = messages.Where(m => m.Kind == q.Kind);
        if (q.Phone is not null)
        {
            var phone = IndianMobile.Parse(q.Phone).Number;
            messages = messages.Where(m => m.ToPhone == phone);
        }
        if (q.From is { } from)
        {
            var start = clock.StartOf(from);
            messages = messages.Where(m => m.CreatedAt >= start);
        }
        if (q.To is { } to)
        {
            var end = clock.StartOf(to.AddDays(1));
            messages = messages.Where(m => m.CreatedAt < end);
        }
        return messages;
    }
}
