using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Queue;

namespace Opd.Web.Pages;

/// <summary>
/// The waiting hall's TV: for each chosen doctor (default: all) and department, the number in the
/// room and the next few. Numbers only, never names. Live through the queue hub.
/// </summary>
public sealed class BoardModel(ReadQueue read, ManageDoctors manageDoctors, DepartmentDirectory directory) : PageModel
{
    public const int NextShown = 4;

    /// <summary>Lines on one board: a hall TV shows a few rooms; more would only multiply reads for whoever asks.</summary>
    public const int MaxLines = 20;

    public sealed record Card(string Key, QueueLine Line, string Title, Department? Department);

    public IReadOnlyList<Card> Cards { get; private set; } = [];

    public async Task<IActionResult> OnGet(string? doctors, string? departments, CancellationToken ct)
    {
        var cards = new List<Card>();
        var ids = (doctors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => int.TryParse(x, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        var codes = (departments ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct().ToList();
        if (ids.Count + codes.Count > MaxLines)
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest, Title = "Too many lines",
                Detail = $"A board shows at most {MaxLines} doctors and departments; this one asked for {ids.Count + codes.Count}. Split them over several boards.",
            }) { StatusCode = StatusCodes.Status400BadRequest };
        // With no choice, every doctor: the first ones that fit on one board.
        if (ids.Count == 0 && codes.Count == 0)
            ids = (await manageDoctors.List(null, includeInactive: false, ct)).Select(d => d.Id).Take(MaxLines).ToList();
        foreach (var id in ids)
            if (await read.Doctor(id, ct) is { IsSuccess: true } line)
                cards.Add(new Card($"doctor:{id}", line.Value!, line.Value!.Doctor!.Name, await directory.Find(line.Value.Doctor.DepartmentCode, ct)));
        foreach (var code in codes)
            if (await read.Department(code, ct) is { IsSuccess: true } line)
                cards.Add(new Card($"department:{line.Value!.Key.Department}", line.Value, "", await directory.Find(line.Value.Key.Department, ct)));
        Cards = cards;
        return Page();
    }
}
