using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Opd.Core.Common;
using Opd.Core.Departments;
using Opd.Core.PhoneCodes;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;

namespace Opd.Web.Pages;

/// <summary>
/// Finding one's tokens again from the mobile number: the number, then the code sent to it by SMS,
/// then that number's upcoming tokens with links to their pages. Plain forms, no script.
/// </summary>
public sealed class FindModel(SendPhoneCode send, VerifyPhoneCode verify, PhoneTokens tokens, DepartmentDirectory departments) : PageModel
{
    public enum Steps { Phone, Code, Tokens }

    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Code { get; set; }
    public Steps Step { get; private set; }

    /// <summary>The key of the text that explains what went wrong, if anything did.</summary>
    public string? Problem { get; private set; }

    public List<(Token Token, Department? Department)> Found { get; } = [];

    public void OnGet() => Step = Steps.Phone;

    /// <summary>Sends a code; a code sent a moment ago is left to be used, and the page says so.</summary>
    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        if (!IndianMobile.TryParse(Phone, out var phone))
            return Show(Steps.Phone, "err_phone");
        var sent = await send.Handle(phone, Languages.Current(HttpContext).Code(), ct);
        Phone = phone.Number;
        return Show(Steps.Code, sent.IsSuccess ? null : "code_recent");
    }

    public async Task<IActionResult> OnPostVerify(CancellationToken ct)
    {
        if (!IndianMobile.TryParse(Phone, out var phone))
            return Show(Steps.Phone, "err_phone");
        var verified = await verify.Handle(phone, Code, ct);
        if (!verified.IsSuccess)
            return Show(Steps.Code, "code_wrong");
        foreach (var token in await tokens.Upcoming(phone, ct))
            Found.Add((token, await departments.Find(token.DepartmentCode, ct)));
        return Show(Steps.Tokens, null);
    }

    private PageResult Show(Steps step, string? problem)
    {
        (Step, Problem, Code) = (step, problem, null);
        return Page();
    }
}
