using System.Security.Cryptography;
using System.Text;

namespace Opd.Core.Staff;

/// <summary>
/// A staff member's bearer key. Only its SHA-256 is stored: the key has 256 random bits, so a
/// slow password hash would add nothing but latency to every request.
/// </summary>
public sealed class ApiKey
{
    private const string Marker = "opd_";

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid StaffUserId { get; init; }
    public StaffUser? StaffUser { get; init; }

    /// <summary>The first characters of the key, enough for a person to tell keys apart.</summary>
    public required string Prefix { get; init; }

    public required byte[] Hash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public static string Generate() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ApiKey For(string secret, Guid staffUserId, DateTimeOffset now) => new()
    {
        StaffUserId = staffUserId,
        Prefix = secret.Length > 12 ? secret[..12] : secret,
        Hash = HashOf(secret),
        CreatedAt = now,
    };

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
