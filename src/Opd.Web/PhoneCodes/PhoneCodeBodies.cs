using System.Text.Json.Serialization.Metadata;
using Opd.Core.Common;
using Opd.Web.Infrastructure.Bodies;

namespace Opd.Web.PhoneCodes;

/// <summary>Send a one-time code by SMS to this mobile number; language (en, or, hi) picks the SMS text.</summary>
public sealed record PhoneCodeBody(IndianMobile? Phone, string? Language = null) : IRequestBody<PhoneCodeBody>
{
    public static JsonTypeInfo<PhoneCodeBody> JsonInfo => BodyJson.Default.PhoneCodeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("phone", Phone is not null, FieldRules.Phone);
        errors.Require("language", Language is null or "en" or "or" or "hi", FieldRules.Say(FieldRules.OneOf(["en", "or", "hi"]), "language"));
        return ValueTask.CompletedTask;
    }
}

/// <summary>The code from the SMS, typed back for the number it was sent to.</summary>
public sealed record VerifyCodeBody(IndianMobile? Phone, string? Code) : IRequestBody<VerifyCodeBody>
{
    public static JsonTypeInfo<VerifyCodeBody> JsonInfo => BodyJson.Default.VerifyCodeBody;

    public ValueTask Validate(FieldErrors errors, IServiceProvider services)
    {
        errors.Require("phone", Phone is not null, FieldRules.Phone);
        errors.Require("code", !string.IsNullOrWhiteSpace(Code), "Please give the 6-digit code from the SMS.");
        return ValueTask.CompletedTask;
    }
}
