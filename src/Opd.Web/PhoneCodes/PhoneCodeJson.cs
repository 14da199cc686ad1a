using Opd.Core.Tokens;

namespace Opd.Web.PhoneCodes;

/// <summary>A code is on its way (or was sent a moment ago); the same answer for every number.</summary>
public sealed record CodeSent(string Message, DateTimeOffset ExpiresAt);

/// <summary>Send <see cref="Verification"/> as the X-Phone-Verification header until <see cref="ExpiresAt"/>.</summary>
public sealed record PhoneVerified(string Verification, DateTimeOffset ExpiresAt, string Phone);

/// <summary>One of the verified number's upcoming tokens; <see cref="Link"/> is its page, which opens and cancels it.</summary>
public sealed record OwnToken(string TokenId, int TokenNumber, string PatientName, string Department, string? DoctorName,
    string BookingDate, string BookingTime, string Status, string Link)
{
    public static OwnToken From(Token t) => new(t.Id.ToString(), t.TokenNumber, t.PatientName, t.DepartmentCode, t.DoctorName,
        t.BookingDate.ToString("yyyy-MM-dd"), t.BookingTime.ToString("HH:mm"), TokenText.Status(t.Status), $"/t/{t.Id}");
}

public sealed record OwnTokens(string Phone, IReadOnlyList<OwnToken> Tokens);
