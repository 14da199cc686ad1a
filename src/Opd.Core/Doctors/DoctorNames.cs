namespace Opd.Core.Doctors;

public static class DoctorNames
{
    /// <summary>"Dr. A. K. Rao", "dr a k rao" and "A K Rao" all compare equal.</summary>
    public static string Normalize(string name)
    {
        var words = name.ToLowerInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "dr" or "doctor")
            words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
