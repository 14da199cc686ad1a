using Opd.Web.PhoneCodes;

namespace Opd.Web.Infrastructure.Bodies;

/// <summary>
/// Runs before every API handler: a body that did not read answers its 400 (415 when it is not JSON) here, and a key that
/// was sent but not accepted answers 401 even on public routes (the caller meant to act as staff
/// and must not silently be treated as a patient); likewise a phone verification that was sent but is
/// not (or no longer) valid, which would otherwise quietly leave the caller unverified. An anonymous booking also counts against its
/// phone's limit here, once its body has been read.
/// </summary>
public sealed class RequestBoundary : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true && !string.IsNullOrEmpty(http.Request.Headers.Authorization))
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Sign-in required", "The API key is not valid or has been revoked.");
        if (RequestBodies.ProblemOf(http) is { } problem)
            return problem.ToProblem();
        if (!await PhoneVerificationHeader.Read(http))
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Phone not verified", PhoneVerificationHeader.Invalid);
        if (http.User.Identity?.IsAuthenticated != true && context.Arguments.OfType<IBooksForPhone>().FirstOrDefault()?.Phone is { } phone)
        {
            using var lease = http.RequestServices.GetRequiredService<PhoneLimits>().Booking(phone);
            if (!lease.IsAcquired)
            {
                await RateLimits.Reject(http, lease, http.RequestAborted);
                return Results.Empty;
            }
        }
        return await next(context);
    }
}
