using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Tokens;

namespace Opd.Web.Pages;

public sealed class FindModel(FindToken find, ClinicClock clock) : PageModel
{
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Number { get; set; }
    public bool Missing { get; private set; }

    public void OnGet() => Date = clock.Today.ToString("yyyy-MM-dd");

    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        var date = WireFormats.TryDate(Date, out var d) ? d : (DateOnly?)null;
        var number = int.TryParse(Number, out var n) ? n : (int?)null;
        var found = await find.Handle(Phone, date, number, ct);
        if (found.IsSuccess)
            return Redirect($"/t/{found.Value}");
        Missing = true;
        return Page();
    }
}
