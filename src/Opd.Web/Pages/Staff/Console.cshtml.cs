using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.Doctors;
using Opd.Core.Queue;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff;

/// <summary>The doctor's (or a department desk's) queue today, worked with buttons or single keys.</summary>
public sealed class ConsoleModel(ReadQueue read, QueueDesk desk, QueueTransfer transfer, ManageDoctors doctors, ListDepartments.Handler departments,
    ClinicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Doctor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public QueueLine? Line { get; private set; }
    public IReadOnlyList<Doctor> Doctors { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public ClinicClock Clock => clock;

    public async Task<IActionResult> OnGet(CancellationToken ct)
    {
        Doctors = await doctors.List(null, includeInactive: false, ct);
        Departments = await departments.Handle(false, ct);
        if (Doctor is null && Department is null)
            return Page();
        var line = Doctor is { } id ? await read.Doctor(id, ct) : await read.Department(Department, ct);
        if (!line.IsSuccess)
            return NotFound();
        Line = line.Value;
        return Page();
    }

    public Task<IActionResult> OnPostCallNext(CancellationToken ct) => Act((k, a) => desk.CallNext(k, a, ct), "Called the next patient.");
    public Task<IActionResult> OnPostRecall(CancellationToken ct) => Act((k, a) => desk.Recall(k, a, ct), "Called again.");
    public Task<IActionResult> OnPostSkip(Guid? tokenId, int? after, CancellationToken ct) => Act((k, a) => desk.Skip(k, tokenId, after, a, ct), "Skipped.");
    public Task<IActionResult> OnPostNoShow(Guid? tokenId, CancellationToken ct) => Act((k, a) => desk.NoShow(k, tokenId, a, ct), "Marked missed.");
    public Task<IActionResult> OnPostServe(Guid? tokenId, CancellationToken ct) => Act((k, a) => desk.Serve(k, tokenId, a, ct), "Marked seen.");
    public Task<IActionResult> OnPostUndo(CancellationToken ct) => Act((k, a) => desk.Undo(k, a, ct), "Undone.");

    public async Task<IActionResult> OnPostTransfer(Guid tokenId, string? to, string? note, CancellationToken ct)
    {
        var actor = User.ToActor();
        var target = to ?? "";
        var command = target.StartsWith("doctor:") && int.TryParse(target[7..], out var doctorId)
            ? new QueueTransfer.Command(tokenId, doctorId, null, note)
            : new QueueTransfer.Command(tokenId, null, target.StartsWith("department:") ? target[11..] : null, note);
        var result = await transfer.Handle(command, actor, ct);
        Tell(result.IsSuccess ? $"Transferred: now token {result.Value!.TokenNumber} with {result.Value.DoctorName ?? result.Value.DepartmentCode}." : null, result.Error);
        return Back();
    }

    public async Task<IActionResult> OnPostDelay(int minutes, CancellationToken ct)
    {
        if (Doctor is { } id)
        {
            var result = await doctors.ReportDelay(id, minutes, ct);
            Tell(result.IsSuccess ? $"Running {minutes} minutes late today." : null, result.Error);
        }
        return Back();
    }

    private async Task<IActionResult> Act(Func<LineKey, Actor, Task<Result<QueueLine>>> action, string done)
    {
        var key = Doctor is { } id ? await read.DoctorKey(id, HttpContext.RequestAborted) : await read.DepartmentKey(Department, HttpContext.RequestAborted);
        if (!key.IsSuccess)
            return NotFound();
        var result = await action(key.Value!, User.ToActor());
        Tell(result.IsSuccess ? done : null, result.Error);
        return Back();
    }

    private void Tell(string? message, Error? error)
    {
        if (error is null)
            TempData["Message"] = message;
        else
            TempData["Error"] = error.Detail;
    }

    private RedirectResult Back() => Redirect(Doctor is { } id ? $"/staff/console?doctor={id}" : $"/staff/console?department={Uri.EscapeDataString(Department ?? "")}");
}
