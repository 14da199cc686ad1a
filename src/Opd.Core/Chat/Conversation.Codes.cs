using Opd.Core.Common;
using Opd.Core.PhoneCodes;

namespace Opd.Core.Chat;

/// <summary>
/// Proof of possession in a conversation: what starts from a mobile number (its bookings, and a
/// booking when the clinic asks for it) waits for the code sent to that number by SMS. The proof
/// is kept in the thread's state on the server, for as long as a verification lasts.
/// </summary>
public sealed partial class Conversation
{
    /// <summary>The number was proven in this thread, or by the X-Phone-Verification the request carried.</summary>
    private bool Proven(ChatState s, Actor actor, string? phone) =>
        phone is not null && (actor.VerifiedPhone == phone || s.VerifiedPhone == phone && s.VerifiedUntil > clock.UtcNow);

    /// <summary>The caller as the booking handler must see them: staff, or a patient with the number proven for the booking.</summary>
    private Actor Caller(ChatState s, Actor actor) =>
        actor.IsStaff ? actor : Actor.PatientWith(Proven(s, actor, s.Phone) ? s.Phone : null);

    private bool NeedsCodeToBook(ChatState s, Actor actor) => booking.Value.RequirePhoneVerification && !actor.IsStaff && !Proven(s, actor, s.Phone);

    /// <summary>Sends a code and waits for it; <paramref name="task"/> is what the right code then does.</summary>
    private async Task<string> SendCode(ChatState s, string phone, string task, CancellationToken ct)
    {
        var sent = await sendCode.Handle(IndianMobile.Parse(phone), s.Language switch { ChatLanguage.Hi => "hi", ChatLanguage.Or => "or", _ => "en" }, ct);
        (s.Task, s.CodePhone) = (task, phone);
        return Ask(s, "code", sent.IsSuccess ? "code_sent" : "code_recent", phone);
    }

    private async Task<string> CodeGiven(ChatState s, string code, Actor actor, CancellationToken ct)
    {
        if (!IndianMobile.TryParse(s.CodePhone, out var phone))
            return Reset(s, "code_dead");
        var verified = await verifyCode.Handle(phone, code, ct);
        if (!verified.IsSuccess)
            return VerifyPhoneCode.MayTryAgain(verified.Error!) ? Ask(s, "code", "code_wrong") : Reset(s, "code_dead");
        (s.VerifiedPhone, s.VerifiedUntil, s.CodePhone) = (phone.Number, verified.Value!.ExpiresAt, null);
        return s.Task == "book" ? await Book(s, actor, ct) : await ListBookings(s, phone.Number, ct);
    }

    /// <summary>The one run of six digits in the message, in any script's digits (a phone keyboard may type ୧୨୩ or १२३).</summary>
    private static string? CodeIn(string message)
    {
        var runs = System.Text.RegularExpressions.Regex.Matches(message, @"\d+").Select(m => m.Value).Where(r => r.Length == CodeHash.Digits).ToList();
        return runs.Count == 1 ? new string(runs[0].Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray()) : null;
    }
}
