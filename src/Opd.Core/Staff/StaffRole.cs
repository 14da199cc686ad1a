namespace Opd.Core.Staff;

public enum StaffRole { Admin, Reception, Doctor }

public static class StaffRoles
{
    public const string Rule = "Give one or more roles: admin, reception, doctor.";

    /// <summary>A role by its name in any case; numbers are not names.</summary>
    public static bool TryParse(string? text, out StaffRole role)
    {
        role = default;
        var word = text?.Trim();
        return !string.IsNullOrEmpty(word) && char.IsLetter(word[0]) && Enum.TryParse(word, ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    public static string Name(StaffRole role) => role.ToString().ToLowerInvariant();
}
