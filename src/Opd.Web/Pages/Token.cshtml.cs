using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Messages;
using Opd.Core.Queue;
using Opd.Core.Tokens;
using QRCoder;

namespace Opd.Web.Pages;

/// <summary>
/// The patient's token: the printable slip with a QR code of this page's address, the place in
/// today's queue (live), and cancelling. The unguessable id in the address is the key to it.
/// </summary>
public sealed class TokenModel(ReadQueue queue, ChangeTokenStatus.Handler change, DepartmentDirectory departments, ClinicClock clock, OptOuts optOuts)
    : PageModel
{
    public Department? Department { get; private set; }
    public Token Token { get; private set; } = null!;
    public ReadQueue.Tracking? Place { get; private set; }
    public string QrSvg { get; private set; } = "";
    public bool AskCancel { get; private set; }

    /// <summary>Whether the token's phone has stopped reminders; null for a token without a phone.</summary>
    public bool? RemindersStopped { get; private set; }
    public ClinicClock Clock => clock;

    public async Task<IActionResult> OnGet(Guid id, bool cancel, CancellationToken ct)
    {
        if (!await Load(id, ct))
            return NotFound();
        AskCancel = cancel && TokenStatusRules.IsActive(Token.Status);
        return Page();
    }

    public async Task<IActionResult> OnPostCancel(Guid id, CancellationToken ct)
    {
        var result = await change.Handle(new ChangeTokenStatus.Command(TokenRef.ById(id), TokenStatus.Cancelled, "Cancelled by the patient on the web"), Actor.Patient, ct);
        if (!result.IsSuccess && result.Error is NotFoundError)
            return NotFound();
        return Redirect($"/t/{id}");
    }

    /// <summary>The switch for reminders to this token's phone: a plain form, so it works without JavaScript.</summary>
    public async Task<IActionResult> OnPostReminders(Guid id, bool stop, CancellationToken ct)
    {
        var place = await queue.Token(id, ct);
        if (!place.IsSuccess)
            return NotFound();
        if (IndianMobile.TryParse(place.Value!.Token.PatientPhone, out var phone))
            await (stop ? optOuts.Stop(phone, OptOuts.Web, ct) : optOuts.Start(phone, ct));
        return Redirect($"/t/{id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        // One read gives the token and, on its day, its line.
        var place = await queue.Token(id, ct);
        if (!place.IsSuccess)
            return false;
        Token = place.Value!.Token;
        Department = await departments.Find(Token.DepartmentCode, ct);
        Place = place.Value.Line is not null ? place.Value : null;
        RemindersStopped = IndianMobile.TryParse(Token.PatientPhone, out var phone) ? await optOuts.IsStopped(phone, ct) : null;
        using var data = QRCodeGenerator.GenerateQrCode($"{Request.Scheme}://{Request.Host}/t/{id}", QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4, "#000", "#fff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return true;
    }
}
