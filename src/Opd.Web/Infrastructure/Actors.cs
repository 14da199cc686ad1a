using System.Security.Claims;
using Opd.Core.Common;
using Opd.Core.Staff;

namespace Opd.Web.Infrastructure;

public static class Actors
{
    /// <summary>
    /// The caller of a request. A key that was sent but not accepted is an error even on public
    /// routes: the caller meant to act as staff and must not be silently treated as a patient.
    /// </summary>
    public static Result<Actor> From(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var roles = user.FindAll(ClaimTypes.Role)
                .Select(c => Enum.TryParse<StaffRole>(c.Value, ignoreCase: true, out var role) ? (StaffRole?)role : null)
                .OfType<StaffRole>();
            return new Actor(user.Identity.Name!, roles.ToHashSet());
        }
        if (!string.IsNullOrEmpty(context.Request.Headers.Authorization))
            return new UnauthorizedError("The API key is not valid or has been revoked.");
        return Actor.Patient;
    }
}
