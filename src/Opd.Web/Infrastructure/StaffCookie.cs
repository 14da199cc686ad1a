using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Opd.Core.Common;
using Opd.Core.Staff;

namespace Opd.Web.Infrastructure;

/// <summary>The staff pages' session cookie: what it carries, and the checks that can end it before it expires.</summary>
public static class StaffCookie
{
    private const string StampClaim = "security_stamp";
    private const string SignedInClaim = "signed_in_at";

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/staff/login";
        o.LogoutPath = "/staff/logout";
        o.AccessDeniedPath = "/staff/denied";
        o.ExpireTimeSpan = StaffSessions.IdleTimeout;
        o.SlidingExpiration = true;
        o.Cookie.Name = "opd_staff";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Events.OnValidatePrincipal = Validate;
    }

    /// <summary>The identity of a session that begins now.</summary>
    public static ClaimsPrincipal For(SignIn.Session session, DateTimeOffset now)
    {
        var actor = session.Actor;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, actor.Name),
            new("display_name", actor.DisplayName ?? actor.Name),
            new(StampClaim, session.SecurityStamp),
            new(SignedInClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(actor.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString().ToLowerInvariant())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Policies.StaffCookie));
    }

    /// <summary>
    /// Every request: the session ends when it is older than the absolute lifetime (sliding renewals
    /// move only the idle limit), or when its user's stamp changed (password changed, deactivated).
    /// </summary>
    private static async Task Validate(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = long.TryParse(principal.FindFirstValue(SignedInClaim), CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var stamp = principal.FindFirstValue(StampClaim);
        var username = Actor.StaffUsername(principal.Identity?.Name ?? "");
        var stands = signedIn is { } at && now - at < StaffSessions.AbsoluteLifetime && stamp is not null && username is not null
            && await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>()
                .IsCurrent(username, stamp, context.HttpContext.RequestAborted);
        if (stands)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Policies.StaffCookie);
    }
}
