using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Reports;
using Opd.Core.Transfer;

namespace Opd.Web.Pages.Staff;

/// <summary>Today per department, the last 30 days, and the figures and spreadsheet for any range (the month's report).</summary>
public sealed class DashboardModel(OpdReport report, UpcomingAppointments upcoming, ExportTokens export, ListDepartments.Handler departments, ClinicClock clock,
    Opd.Core.Messages.DeliveryRates deliveries) : PageModel
{
    public const int TrendDays = 30;

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public OpdReport.Report Today { get; private set; } = null!;
    public OpdReport.Report Trend { get; private set; } = null!;
    public OpdReport.Report? Range { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>How the period's messages fared, per kind.</summary>
    public Opd.Core.Messages.DeliveryRates.Rates? Deliveries { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];

    /// <summary>Active tokens booked for each of the next seven days.</summary>
    public IReadOnlyList<(DateOnly Date, int Tokens)> Upcoming { get; private set; } = [];

    public async Task OnGet(CancellationToken ct)
    {
        var today = clock.Today;
        Departments = await departments.Handle(true, ct);
        Today = (await report.Handle(new OpdReport.Query(today, today), ct)).Value!;
        Trend = (await report.Handle(new OpdReport.Query(today.AddDays(1 - TrendDays), today, Department), ct)).Value!;
        var coming = (await upcoming.Handle(7, Department, ct)).Value ?? [];
        Upcoming = Enumerable.Range(0, 7).Select(today.AddDays).Select(d => (d, coming.Count(t => t.BookingDate == d))).ToList();
        From ??= new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd");
        To ??= today.ToString("yyyy-MM-dd");
        var range = await report.Handle(new OpdReport.Query(Parse(From), Parse(To), Department), ct);
        Deliveries = (await deliveries.For(Parse(From), Parse(To), ct)).Value;
        if (range.IsSuccess)
            Range = range.Value;
        else
            Problem = range.Error!.Detail;
    }

    /// <summary>The range's tokens as a download (CSV for spreadsheets, or JSON), streamed.</summary>
    public IActionResult OnGetExport(string? format)
    {
        var kind = format == "json" ? "json" : "csv";
        var filter = new ExportTokens.Filter(Parse(From), Parse(To), Department);
        var name = $"bookings_export_{clock.UtcNow:yyyyMMdd_HHmmss}.{kind}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        Response.ContentType = kind == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        return new PushResult(body => kind == "csv" ? export.Csv(body, filter, null, HttpContext.RequestAborted) : export.Json(body, filter, null, HttpContext.RequestAborted));
    }

    private static DateOnly? Parse(string? text) => WireFormats.TryDate(text, out var d) ? d : null;

    private sealed class PushResult(Func<Stream, Task> write) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => write(context.HttpContext.Response.Body);
    }
}
