using Microsoft.EntityFrameworkCore;
using Opd.Core.Data;

namespace Opd.Core.Messages;

/// <summary>The templates a database starts with, and the check every server makes of them before it sends anything.</summary>
public sealed class TemplateSetup(IDbContextFactory<OpdDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Adds the default text of each kind and language the database lacks; a text an admin changed is kept.</summary>
    public async Task AddMissing(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.MessageTemplates.Select(t => t.Kind + "/" + t.Language).ToListAsync(ct);
        var missing = TemplateCatalog.Defaults(time.GetUtcNow()).Where(t => !existing.Contains(t.Kind + "/" + t.Language)).ToList();
        // Two servers starting together on one database both find a text missing; the first one's stays.
        foreach (var t in missing)
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO message_templates (kind, language, text, variables, updated_at)
                VALUES ({t.Kind}, {t.Language}, {t.Text}, {t.Variables}, {t.UpdatedAt}) ON CONFLICT DO NOTHING
                """, ct);
    }

    /// <summary>Every problem of every stored template, and a missing English text of a kind (the fallback of every language).</summary>
    public async Task<IReadOnlyList<string>> Problems(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var templates = await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Language).ToListAsync(ct);
        var missingEnglish = MessageKinds.Values.Keys
            .Where(kind => !templates.Any(t => t.Kind == kind && t.Language == "en"))
            .Select(kind => $"Template {kind}/en is missing; English is the fallback of every language.");
        return [.. templates.SelectMany(TemplateRules.Problems), .. missingEnglish];
    }
}
