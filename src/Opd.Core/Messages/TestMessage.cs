using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>A test SMS to a number of the operator's, through the configured gateway, to see that sending works.</summary>
public sealed class TestMessage(IDbContextFactory<OpdDbContext> dbFactory, ClinicClock clock, Outbox outbox)
{
    public async Task<Result<Message>> Queue(string? phone, CancellationToken ct)
    {
        if (!IndianMobile.TryParse(phone, out var mobile))
            return ValidationError.For("phone", "The phone must be a 10-digit Indian mobile number.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var language = outbox.Settings.Language;
        var template = await db.MessageTemplates.AsNoTracking().Where(t => t.Kind == MessageKinds.Test && (t.Language == language || t.Language == "en"))
            .OrderBy(t => t.Language == language ? 0 : 1).FirstOrDefaultAsync(ct);
        if (template is null)
            return new NotFoundError($"The template {MessageKinds.Test}/en is missing; start the server once to add it.");
        var now = clock.UtcNow;
        var message = new Message
        {
            Id = Guid.NewGuid(), Kind = MessageKinds.Test, Language = template.Language, ToPhone = mobile.Number, Text = template.Text,
            TemplateId = template.DltTemplateId, EntityId = template.EntityId, Sender = template.Sender, Status = MessageStatus.Queued,
            NextAttemptAt = now, Deadline = now + MessageKinds.ShortestLife, CreatedAt = now, UpdatedAt = now,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(ct);
        outbox.Wake();
        return message;
    }
}
