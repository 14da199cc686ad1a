using Microsoft.AspNetCore.Mvc;
using Opd.Core.Messages;

namespace Opd.Web.Pages.Staff.Admin;

/// <summary>The texts of messages per kind and language, with what each costs in SMS parts; a text over two variables is refused.</summary>
public sealed class TemplatesModel(ManageTemplates templates) : AdminPage
{
    public IReadOnlyList<ManageTemplates.Shown> Templates { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Templates = await templates.List(ct);

    public async Task<IActionResult> OnPost(string kind, string language, string? text, string? dltTemplateId, string? entityId, string? sender,
        CancellationToken ct) =>
        Done(await templates.Update(kind, language, new ManageTemplates.Change(text, dltTemplateId, entityId, sender), ct),
            t => $"Template {t.Template.Kind}/{t.Template.Language} saved: {t.Segments.Parts} part(s) of {(t.Segments.Unicode ? "Unicode" : "GSM-7")}.");
}
