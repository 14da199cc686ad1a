using Opd.Core.Staff;

namespace Opd.Core.Common;

/// <summary>Who is asking: an anonymous patient or a signed-in staff member with roles.</summary>
public sealed record Actor(string Name, IReadOnlySet<StaffRole> Roles)
{
    public static readonly Actor Patient = new("patient", new HashSet<StaffRole>());
    public static readonly Actor System = new("system", new HashSet<StaffRole> { StaffRole.Admin });

    public bool IsStaff => Roles.Count > 0;

    /// <summary>The person's name for screens ("Meera Das"), when known.</summary>
    public string? DisplayName { get; init; }

    public static Actor Staff(string username, IEnumerable<StaffRole> roles) =>
        new($"staff:{username}", roles.ToHashSet());
}
