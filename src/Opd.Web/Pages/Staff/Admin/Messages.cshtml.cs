using Microsoft.AspNetCore.Mvc;
using Opd.Core.Common;
using Opd.Core.Messages;

namespace Opd.Web.Pages.Staff.Admin;

/// <summary>The message log with its filters and pages, resending, and the failure rate per gateway and kind.</summary>
public sealed class MessagesModel(MessageLog log, DeliveryRates rates, ClinicClock clock) : AdminPage
{
    public ClinicClock Clock => clock;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public MessageLog.Found? Found { get; private set; }
    public DeliveryRates.Rates? Rates { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGet(CancellationToken ct)
    {
        var query = new MessageLog.Query(Blank(Status), Blank(Kind), Blank(Phone), Date(From), Date(To), PageNumber, 50);
        var found = await log.List(query, ct);
        if (found.IsSuccess)
        {
            Found = found.Value;
            Rates = (await rates.For(query.From, query.To, ct)).Value;
        }
        else
            Problem = found.Error!.Detail;
    }

    public async Task<IActionResult> OnPostResend(Guid id, CancellationToken ct) =>
        Done(await log.Resend(id, ct), m => $"Sent again as message {m.Id}.");

    /// <summary>The same filters on another page.</summary>
    public string PageLink(int page) =>
        $"?status={Uri.EscapeDataString(Status ?? "")}&kind={Uri.EscapeDataString(Kind ?? "")}&phone={Uri.EscapeDataString(Phone ?? "")}" +
        $"&from={Uri.EscapeDataString(From ?? "")}&to={Uri.EscapeDataString(To ?? "")}&p={page}";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // A date the filter cannot read is named by the log's own check: keep it apart from "no date".
    private DateOnly? Date(string? text) => Blank(text) is null ? null : WireFormats.TryDate(text, out var d) ? d : BadDate();

    private DateOnly? BadDate()
    {
        Problem = "Write dates as YYYY-MM-DD.";
        return null;
    }
}
