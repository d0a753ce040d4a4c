using System.Runtime.InteropServices;

namespace Csa.Site.Output;

/// <summary>Swaps two folders in one atomic step where the operating system can (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>).</summary>
internal static partial class FolderExchange
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE
    private const int NotImplemented = 38; // ENOSYS
    private const int InvalidArgument = 22; // EINVAL: the file system cannot exchange
    private const int NotSupported = 95; // EOPNOTSUPP

    /// <summary>Exchanges two existing folders atomically.</summary>
    /// <param name="first">A full path.</param>
    /// <param name="second">Another full path on the same file system.</param>
    /// <returns><see langword="true"/> when exchanged; <see langword="false"/> when this system cannot, and nothing changed.</returns>
    /// <exception cref="IOException">The system can exchange folders but failed to.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        int result;
        try
        {
            result = RenameAt2(CurrentFolder, first, CurrentFolder, second, RenameExchange);
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error is NotImplemented or InvalidArgument or NotSupported
            ? false
            : throw new IOException($"could not swap '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
