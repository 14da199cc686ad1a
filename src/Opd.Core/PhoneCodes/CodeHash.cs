using System.Security.Cryptography;
using System.Text;

namespace Opd.Core.PhoneCodes;

/// <summary>
/// How codes and verification tokens are kept. A code is HMAC-SHA256 keyed with a random salt of
/// its own rather than a server key: a six-digit code falls to a million guesses whatever hides it,
/// so what protects it is its ten minutes and five tries, and the hash only keeps the row from being
/// a code anyone reading the table can type. A server key would also have to be shared by every
/// server on one database, which a per-code salt does not need. A verification token is 256 random
/// bits, too many to guess, so its plain SHA-256 is enough and lets it be looked up by hash.
/// </summary>
public static class CodeHash
{
    public const int Digits = 6;

    /// <summary>Uniform over 000000–999999 from the system's CSPRNG.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(32);

    public static byte[] Of(string code, byte[] salt) => HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code));

    /// <summary>In constant time, so how long a wrong guess takes says nothing about how close it was.</summary>
    public static bool Matches(string code, byte[] salt, byte[] hash) => CryptographicOperations.FixedTimeEquals(Of(code, salt), hash);

    public static bool IsCode(string? text) => text is { Length: Digits } && text.All(char.IsAsciiDigit);

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] OfToken(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
