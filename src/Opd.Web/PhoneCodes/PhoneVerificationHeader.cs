using System.Security.Claims;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Opd.Core.PhoneCodes;

namespace Opd.Web.PhoneCodes;

/// <summary>
/// The proof a verified caller sends: <c>X-Phone-Verification</c>, the verification that
/// POST /api/v1/phone-codes/verify answered. It is read once per request, into a claim that is not
/// a sign-in (the caller stays anonymous: no staff rights, and the per-address limits still count).
/// </summary>
public static class PhoneVerificationHeader
{
    public const string Name = "X-Phone-Verification";
    public const string Claim = "opd:verified_phone";

    public const string Invalid = "The phone verification is not valid or has expired. Ask for a new code (POST /api/v1/phone-codes) and verify it again.";

    /// <summary>False when a verification was sent but is not (or no longer) one.</summary>
    public static async Task<bool> Read(HttpContext http)
    {
        var sent = http.Request.Headers[Name];
        if (sent.Count == 0 || http.User.Identity?.IsAuthenticated == true)
            return true;
        var phone = await http.RequestServices.GetRequiredService<PhoneProofs>().PhoneOf(sent.ToString(), http.RequestAborted);
        if (phone is null)
            return false;
        http.User.AddIdentity(new ClaimsIdentity([new System.Security.Claims.Claim(Claim, phone.Value.Number)]));
        return true;
    }

    public static string? VerifiedPhone(this ClaimsPrincipal user) => user.FindFirst(Claim)?.Value;

    /// <summary>Shows the header in the OpenAPI document of an operation that reads it.</summary>
    public static TBuilder WithPhoneVerification<TBuilder>(this TBuilder builder, bool required) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Name, In = ParameterLocation.Header, Required = required, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = required
                    ? "The verification from POST /api/v1/phone-codes/verify: this request acts for that mobile number only."
                    : "The verification from POST /api/v1/phone-codes/verify; needed for an anonymous booking when the clinic sets Booking:RequirePhoneVerification.",
            });
            return Task.CompletedTask;
        });
}
