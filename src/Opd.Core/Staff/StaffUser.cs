namespace Opd.Core.Staff;

public sealed class StaffUser
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Username { get; init; }
    public required string DisplayName { get; set; }

    /// <summary>Role names, lower case (admin, reception, doctor).</summary>
    public List<string> Roles { get; set; } = [];

    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public List<ApiKey> Keys { get; init; } = [];

    /// <summary>For signing in to the web pages; null until a password is set.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// Carried in every signed-in session; a new one (password changed, user deactivated) ends all
    /// sessions that carry the old one.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    public void RenewStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public IEnumerable<StaffRole> ParsedRoles() =>
        Roles.Select(r => Enum.TryParse<StaffRole>(r, ignoreCase: true, out var role) ? (StaffRole?)role : null)
            .OfType<StaffRole>();
}
