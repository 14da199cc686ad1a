namespace Opd.Core.Common;

/// <summary>
/// Files that hold secrets or patients' data (passwords, first-start credentials, backups, exports):
/// readable and writable by this account only from the moment they exist. Setting the mode after
/// creating the file would leave a moment in which another account could open it and keep reading.
/// </summary>
public static class SecretFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A new, empty file in place of any file of that name.</summary>
    public static FileStream Create(string path)
    {
        // An existing file keeps its own mode when opened, so it is replaced rather than truncated.
        File.Delete(path);
        return Open(path, FileMode.CreateNew);
    }

    public static async Task Write(string path, string text, CancellationToken ct)
    {
        await using var file = Create(path);
        await using var writer = new StreamWriter(file);
        await writer.WriteAsync(text.AsMemory(), ct);
    }

    /// <summary>Adds to the file, first closing it to others if it already existed with a wider mode.</summary>
    public static async Task Append(string path, string text, CancellationToken ct)
    {
        await using var file = Open(path, FileMode.Append);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file.SafeFileHandle, OwnerOnly);
        await using var writer = new StreamWriter(file);
        await writer.WriteAsync(text.AsMemory(), ct);
    }

    private static FileStream Open(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        return new FileStream(path, options);
    }
}
