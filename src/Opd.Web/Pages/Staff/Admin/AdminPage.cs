using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;

namespace Opd.Web.Pages.Staff.Admin;

/// <summary>What every admin form does after a change: say how it went on the next page (post, redirect, get).</summary>
public abstract class AdminPage : PageModel
{
    protected IActionResult Done<T>(Result<T> result, Func<T, string> message, string? back = null)
    {
        if (result.IsSuccess)
            TempData["Message"] = message(result.Value!);
        else
            TempData["Error"] = result.Error!.Detail;
        return Redirect(back ?? Request.Path + Request.QueryString);
    }
}
