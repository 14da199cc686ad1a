using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Opd.Core.Common;
using Opd.Core.PhoneCodes;
using Opd.Core.Tokens;
using Opd.Web.Infrastructure;
using Opd.Web.Tokens;

namespace Opd.Web.PhoneCodes;

/// <summary>
/// Proof of possession for everything that starts from a mobile number: a code by SMS, typed back,
/// gives a verification that lists and cancels that number's tokens (and, where the clinic asks
/// for it, books for it). A token's own id stays the capability for that one token.
/// </summary>
public static class PhoneCodeEndpoints
{
    public static void MapPhoneCodeEndpoints(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup("/api/v1/phone-codes").WithTags("Phone verification")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        codes.MapPost("", Send).RequireRateLimiting(RateLimits.CodeSend).WithDescription("""
            {"phone", "language"} → 202: a 6-digit code valid for 10 minutes goes by SMS to that number. The answer is the same whatever
            the number holds. A new code replaces the last; codes to one number are at least PhoneCodes:ResendSeconds apart and at most
            PhoneCodes:SendsPerPhonePerHour an hour (429 with Retry-After).
            """);
        codes.MapPost("/verify", Verify).RequireRateLimiting(RateLimits.CodeVerify).WithDescription("""
            {"phone", "code"} → {"verification", "expires_at"}: send the verification as the X-Phone-Verification header. Five tries per
            code, wrong or right; a used, expired or exhausted code is refused with a 400 naming the field code.
            """);

        var mine = app.MapGroup("/api/v1/my-tokens").WithTags("Phone verification")
            .ProducesProblem(StatusCodes.Status401Unauthorized).WithPhoneVerification(required: true)
            .RequireRateLimiting(RateLimits.Find);
        mine.MapGet("", Mine).WithDescription("The verified number's upcoming active tokens, each with its id and page link.");
        mine.MapPost("/{token_id}/cancel", Cancel).WithDescription("Cancel one of the verified number's tokens (404 for any other token).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Accepted<CodeSent>, ProblemHttpResult>> Send(PhoneCodeBody body, HttpContext http, SendPhoneCode send, CancellationToken ct)
    {
        var sent = await send.Handle(body.Phone!.Value, body.Language, ct);
        if (sent.Error is TooSoonError soon)
            http.Response.Headers.RetryAfter = soon.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return sent.Answer(s => TypedResults.Accepted((string?)null,
            new CodeSent("A code has been sent by SMS to this number. It is valid for 10 minutes.", s.ExpiresAt)));
    }

    public static Task<Results<Ok<PhoneVerified>, ProblemHttpResult>> Verify(VerifyCodeBody body, VerifyPhoneCode verify, CancellationToken ct) =>
        verify.Handle(body.Phone!.Value, body.Code, ct).Answer(v => TypedResults.Ok(new PhoneVerified(v.Token, v.ExpiresAt, v.Phone.Number)));

    public static async Task<Results<Ok<OwnTokens>, ProblemHttpResult>> Mine(ClaimsPrincipal user, PhoneTokens tokens, CancellationToken ct)
    {
        if (Verified(user) is not { } phone)
            return NotVerified();
        return TypedResults.Ok(new OwnTokens(phone.Number, (await tokens.Upcoming(phone, ct)).Select(OwnToken.From).ToList()));
    }

    public static async Task<Results<Ok<TokenEnvelope>, ProblemHttpResult>> Cancel(string token_id, ClaimsPrincipal user, PhoneTokens tokens, CancellationToken ct)
    {
        if (Verified(user) is not { } phone)
            return NotVerified();
        if (!Guid.TryParse(token_id, out var id))
            return ChangeTokenStatus.TokenNotFound(token_id).ToProblem();
        return await tokens.Cancel(phone, id, null, ct)
            .Answer(t => TypedResults.Ok(TokenEnvelope.For(t, $"Token {t.TokenNumber} has been cancelled", staff: false)));
    }

    private static IndianMobile? Verified(ClaimsPrincipal user) => IndianMobile.TryParse(user.VerifiedPhone(), out var phone) ? phone : null;

    private static ProblemHttpResult NotVerified() => ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Phone not verified",
        $"Send the {PhoneVerificationHeader.Name} header with a verification from POST /api/v1/phone-codes/verify.");
}
