using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff;

public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/staff");

    public async Task<IActionResult> OnPost()
    {
        await HttpContext.SignOutAsync(Policies.StaffCookie);
        return Redirect("/staff/login");
    }
}
