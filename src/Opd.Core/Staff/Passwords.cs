using System.Security.Cryptography;

namespace Opd.Core.Staff;

/// <summary>Salted PBKDF2-SHA256 password hashes, stored as "pbkdf2-sha256$iterations$salt$hash".</summary>
public static class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 200;
    private const int Iterations = 210_000;
    private const string Scheme = "pbkdf2-sha256";

    public static string? Validate(string? password) =>
        password is null || password.Length < MinLength || password.Length > MaxLength
            ? $"The password must be {MinLength} to {MaxLength} characters long."
            : null;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not [Scheme, var iterations, var salt, var hash] || !int.TryParse(iterations, out var n))
            return false;
        var expected = Convert.FromBase64String(hash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(salt), n, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Checked when the username is unknown (or has no password), so that the answer takes as long
    /// as a wrong password and does not tell who has an account.
    /// </summary>
    private static readonly Lazy<string> Dummy = new(() => Hash(Generate()));

    public static void VerifyNothing(string password) => Verify(password, Dummy.Value);

    /// <summary>A password to print once: 16 letters and digits without look-alikes.</summary>
    public static string Generate() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
