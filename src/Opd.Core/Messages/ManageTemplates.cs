using Microsoft.EntityFrameworkCore;
using Opd.Core.Common;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>Staff read and change the texts of messages; a text the DLT rules would make operators drop is refused.</summary>
public sealed class ManageTemplates(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time, Outbox outbox)
{
    /// <param name="Segments">The parts a message of this template costs, with sample values in its variables.</param>
    public sealed record Shown(MessageTemplate Template, string DltText, SmsSegments.Count Segments);

    public sealed record Change(string? Text, string? DltTemplateId, string? EntityId, string? Sender);

    public async Task<IReadOnlyList<Shown>> List(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var templates = await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Language).ToListAsync(ct);
        return templates.Select(Show).ToList();
    }

    public Shown Show(MessageTemplate t) => new(t, TemplateRules.DltText(t.Text), SmsSegments.Of(Sample(t.Text)));

    public async Task<Result<Shown>> Update(string kind, string language, Change change, CancellationToken ct)
    {
        if (!MessageKinds.Values.ContainsKey(kind) || !MessageKinds.Languages.Contains(language))
            return new NotFoundError($"There is no template {kind}/{language}: kinds are {string.Join(", ", MessageKinds.Values.Keys)}; languages en, or, hi.");
        var errors = new FieldErrors();
        var text = change.Text?.Trim() ?? "";
        var template = new MessageTemplate { Kind = kind, Language = language, Text = text, Variables = [.. TemplateRules.Placeholders(text)] };
        foreach (var problem in TemplateRules.Problems(template))
            errors.Add("text", problem);
        Limit(errors, "dlt_template_id", change.DltTemplateId, 40);
        Limit(errors, "entity_id", change.EntityId, 40);
        Limit(errors, "sender", change.Sender, 11);
        if (errors.Any)
            return errors.ToError();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Kind == kind && t.Language == language, ct);
        if (stored is null)
            db.MessageTemplates.Add(stored = new MessageTemplate { Kind = kind, Language = language, Text = text });
        stored.Text = text;
        stored.Variables = template.Variables;
        stored.DltTemplateId = Blank(change.DltTemplateId);
        stored.EntityId = Blank(change.EntityId);
        stored.Sender = Blank(change.Sender);
        stored.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Show(stored);
    }

    /// <summary>The text with values as long as real ones usually are, for counting its parts.</summary>
    private string Sample(string text) => text
        .Replace("{token}", "23, General Medicine, 24-11-2026 10:30")
        .Replace("{link}", outbox.Settings.PublicUrl.TrimEnd('/') + "/t/" + Guid.Empty)
        .Replace("{delay}", "45")
        .Replace("{code}", "123456");

    private static void Limit(FieldErrors errors, string field, string? value, int max)
    {
        if (value is { Length: > 0 } && value.Trim().Length > max)
            errors.Add(field, $"{field} must be at most {max} characters.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
