using System.Security.Claims;
using Opd.Core.Common;
using Opd.Core.Staff;
using Opd.Web.PhoneCodes;

namespace Opd.Web.Infrastructure;

public static class Actors
{
    /// <summary>
    /// The caller of a request: staff with their roles, or an anonymous patient. A key that was sent
    /// but not accepted never gets here (<see cref="Bodies.RequestBoundary"/> answers 401).
    /// </summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return Actor.PatientWith(user.VerifiedPhone());
        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, ignoreCase: true, out var role) ? (StaffRole?)role : null)
            .OfType<StaffRole>();
        return new Actor(user.Identity.Name!, roles.ToHashSet());
    }
}
