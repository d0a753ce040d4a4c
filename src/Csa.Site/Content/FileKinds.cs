using System.Runtime.InteropServices;

namespace Csa.Site.Content;

/// <summary>Tells a regular file from a FIFO, socket or device, which .NET reports alike (Linux <c>statx</c>).</summary>
internal static unsafe partial class FileKinds
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeMask = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // offsetof(struct statx, stx_mode), the same on every architecture
    private const int TypeBits = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG
    private const int Folder = 0x4000; // S_IFDIR
    private const int Link = 0xA000; // S_IFLNK

    /// <summary>Says whether the path is a FIFO, socket or device; <see langword="false"/> where the system cannot tell.</summary>
    /// <param name="path">The path (not followed when it is a link).</param>
    /// <returns><see langword="true"/> for a special file.</returns>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(CurrentFolder, path, NoFollow, TypeMask, buffer) != 0)
            {
                return false;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }

        var type = *(ushort*)(buffer + ModeOffset) & TypeBits;
        return type is not (RegularFile or Folder or Link);
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, byte* buffer);
}
