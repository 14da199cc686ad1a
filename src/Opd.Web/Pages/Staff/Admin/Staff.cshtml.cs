using Microsoft.AspNetCore.Mvc;
using Opd.Core.Staff;

namespace Opd.Web.Pages.Staff.Admin;

public sealed class StaffModel(ManageStaff staff) : AdminPage
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Users = await staff.List(ct);

    public async Task<IActionResult> OnPostCreate(string? username, string? name, string[] roles, string? password, CancellationToken ct)
    {
        // The form offers only known roles; anything else is left out, and no role at all is named.
        var known = roles.Select(r => StaffRoles.TryParse(r, out var role) ? (StaffRole?)role : null).OfType<StaffRole>().ToList();
        var created = await staff.CreateUser(username, name, known, ct);
        if (created.IsSuccess && !string.IsNullOrEmpty(password))
            return Done(await staff.SetPassword(created.Value!.Username, password, ct),
                u => $"{u.Username} added with the password given. API key (shown once): {created.Value.Secret}");
        return Done(created, k => $"{k.Username} added. API key (shown once): {k.Secret}");
    }

    public async Task<IActionResult> OnPostPassword(string username, string? password, CancellationToken ct) =>
        Done(await staff.SetPassword(username, password, ct), u => $"{u.Username} has a new password; their other sessions have ended.");

    public async Task<IActionResult> OnPostActive(string username, bool active, CancellationToken ct) =>
        Done(await staff.SetActive(username, active, ct),
            u => u.IsActive ? $"{u.Username} can sign in again." : $"{u.Username} is deactivated: their keys and sessions no longer work.");

    public async Task<IActionResult> OnPostKey(string username, CancellationToken ct) =>
        Done(await staff.IssueKey(username, ct), k => $"New API key for {k.Username} (shown once): {k.Secret}");

    public async Task<IActionResult> OnPostRevoke(string key, CancellationToken ct) =>
        Done(await staff.RevokeKey(key, ct), k => $"Key {k.Prefix}… revoked.");
}
