using Microsoft.Extensions.Options;
using Opd.Core.Common;
using Opd.Core.PhoneCodes;

namespace Opd.Web.PhoneCodes;

/// <summary>
/// The booking page's code step when the clinic books only verified phones: the first submit sends
/// a code to the number and books nothing; the submit that carries the right code books as the
/// patient who proved that number.
/// </summary>
public sealed class BookingPhoneCheck(SendPhoneCode send, VerifyPhoneCode verify, IOptions<BookingOptions> booking)
{
    /// <summary>The caller to book as, or null and the text key of what the page must say (null key: a code was just sent).</summary>
    public async Task<(Actor? Caller, string? Problem)> Check(IndianMobile phone, string? code, string language, CancellationToken ct)
    {
        if (!booking.Value.RequirePhoneVerification)
            return (Actor.Patient, null);
        if (string.IsNullOrWhiteSpace(code))
            return (null, (await send.Handle(phone, language, ct)).IsSuccess ? null : "code_recent");
        var verified = await verify.Handle(phone, code, ct);
        return verified.IsSuccess ? (Actor.PatientWith(phone.Number), null) : (null, "code_wrong");
    }
}
