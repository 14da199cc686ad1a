using Microsoft.AspNetCore.Mvc;
using Opd.Core.Retention;
using Opd.Core.Transfer;

namespace Opd.Web.Pages.Staff.Admin;

/// <summary>Bringing over the earlier system's bookings, and archiving old finished tokens, from the browser.</summary>
[RequestSizeLimit(MaxUpload)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
public sealed class OperationsModel(ImportLegacyBookings import, ArchiveOldTokens archive) : AdminPage
{
    public const long MaxUpload = Transfer.TransferEndpoints.MaxImportBytes;

    public async Task<IActionResult> OnPostImport(IFormFile? file, bool dryRun, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            TempData["Error"] = "Choose the token_bookings.json file first.";
            return Redirect(Request.Path);
        }
        await using var stream = file.OpenReadStream();
        return Done(await import.Handle(stream, dryRun, ct), r =>
            $"{(dryRun ? "Would import" : "Imported")} {r.Imported} tokens; skipped {r.Skipped.Count}" +
            (r.Skipped.Count == 0 ? "." : ": " + string.Join("; ", r.Skipped.Take(20).Select(s => $"{s.Key}: {s.Reason}")) + (r.Skipped.Count > 20 ? "; …" : ".")));
    }

    public async Task<IActionResult> OnPostArchive(int days, bool dryRun, CancellationToken ct) =>
        Done(await archive.Handle(days, dryRun, null, ct), s =>
            $"{(dryRun ? "Would archive" : "Archived")} {s.Tokens} finished tokens booked before {s.Cutoff:yyyy-MM-dd}.");
}
