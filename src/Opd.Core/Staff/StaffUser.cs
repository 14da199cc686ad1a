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

    /// <summary>Failed sign-ins in a row; enough of them lock the account for a while.</summary>
    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public IEnumerable<StaffRole> ParsedRoles() =>
        Roles.Select(r => Enum.TryParse<StaffRole>(r, ignoreCase: true, out var role) ? (StaffRole?)role : null)
            .OfType<StaffRole>();
}
