using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Staff;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff;

public sealed class LoginModel(SignIn signIn, TimeProvider time) : PageModel
{
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        // The client address as the server sees it (behind a proxy, the forwarded one once the proxy is trusted).
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await signIn.Handle(Username, Password, address, ct);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Detail;
            if (result.Error is SignIn.Throttled throttled)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(throttled.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            return Page();
        }
        await HttpContext.SignInAsync(Policies.StaffCookie, StaffCookie.For(result.Value!, time.GetUtcNow()));
        // Only a path on this site, never another site's address.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
    }
}
