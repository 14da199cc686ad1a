using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Staff;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages.Staff;

public sealed class LoginModel(SignIn signIn) : PageModel
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
        var result = await signIn.Handle(Username, Password, ct);
        if (!result.IsSuccess)
        {
            Problem = result.Error!.Detail;
            return Page();
        }
        var actor = result.Value!;
        var claims = new List<Claim> { new(ClaimTypes.Name, actor.Name), new("display_name", actor.DisplayName ?? actor.Name) };
        claims.AddRange(actor.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString().ToLowerInvariant())));
        await HttpContext.SignInAsync(Policies.StaffCookie, new ClaimsPrincipal(new ClaimsIdentity(claims, Policies.StaffCookie)));
        // Only a path on this site, never another site's address.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
    }
}
