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

    /// <summary>The mobile number this anonymous caller proved with a one-time code, while the proof lasts.</summary>
    public string? VerifiedPhone { get; init; }

    /// <summary>An anonymous patient who proved <paramref name="phone"/> with a code.</summary>
    public static Actor PatientWith(string? phone) => phone is null ? Patient : Patient with { VerifiedPhone = phone };

    private const string StaffPrefix = "staff:";

    /// <summary>A person on the staff, as opposed to the system acting on its own (which holds the admin role).</summary>
    public bool IsStaffMember => Name.StartsWith(StaffPrefix, StringComparison.Ordinal);

    public static Actor Staff(string username, IEnumerable<StaffRole> roles) =>
        new($"{StaffPrefix}{username}", roles.ToHashSet());

    /// <summary>The username in a recorded staff actor ("staff:meera" → "meera"); null for anyone else.</summary>
    public static string? StaffUsername(string recorded) =>
        recorded.StartsWith(StaffPrefix, StringComparison.Ordinal) ? recorded[StaffPrefix.Length..] : null;

    /// <summary>What a recorded actor was, without saying who: "staff", "patient" or "system" (jobs, imports).</summary>
    public static string RoleOf(string recorded) =>
        recorded.StartsWith(StaffPrefix, StringComparison.Ordinal) ? "staff" : recorded == Patient.Name ? "patient" : "system";
}
