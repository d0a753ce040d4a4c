using System.Collections.Concurrent;
using System.Text;

namespace Csa.Site.Output;

/// <summary>Writes a build into a temporary folder beside the output folder and swaps it into place only on success.</summary>
/// <remarks>A failed build calls <see cref="Discard"/>, so the previous output stays byte-for-byte as it was and nothing is half-written.
/// The temporary folder is a sibling (same file system) named <c>.NAME.staging-PID-ID</c>, marked as the tool's own. On Linux the
/// swap is one atomic exchange of the two folders, so there is always a complete output folder; elsewhere it is two renames, and a
/// build killed between them is repaired by the next build (<see cref="StaleStagingFolders"/>), which also removes what killed
/// builds left behind.</remarks>
public sealed class StagingFolder
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _outputDirectory;
    private readonly ConcurrentDictionary<string, byte[]>? _memory;

    /// <summary>Initializes a new instance of the <see cref="StagingFolder"/> class, tidies up after killed builds and creates the temporary folder.</summary>
    /// <param name="outputDirectory">The output folder that will be replaced on success.</param>
    public StagingFolder(string outputDirectory)
    {
        _outputDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(_outputDirectory) ?? ".";
        Directory.CreateDirectory(parent);
        StaleStagingFolders.Clean(_outputDirectory);
        Root = Path.Combine(parent, StaleStagingFolders.NewName(_outputDirectory, StaleStagingFolders.StagingKind));
        Directory.CreateDirectory(Root);
        WriteText(OutputFolderGuard.MarkerFileName, OutputFolderGuard.MarkerText);
    }

    private StagingFolder(string outputDirectory, ConcurrentDictionary<string, byte[]> memory)
    {
        _outputDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        Root = Path.Combine(Path.GetDirectoryName(_outputDirectory) ?? ".", StaleStagingFolders.NewName(_outputDirectory, StaleStagingFolders.StagingKind));
        _memory = memory;
        WriteText(OutputFolderGuard.MarkerFileName, OutputFolderGuard.MarkerText);
    }

    /// <summary>Gets the full path of the temporary folder being written (for a staging kept in memory, a path never created).</summary>
    public string Root { get; }

    /// <summary>Gets the files written so far by output-relative path, when the staging is kept in memory (<see cref="InMemory"/>); otherwise <see langword="null"/>.</summary>
    /// <remarks>Kept in memory, nothing is written to disk: <see cref="Commit"/> and <see cref="Discard"/> do nothing, and the
    /// caller publishes the files itself (as <c>csa-site serve</c> does, writing only the files that changed).</remarks>
    public IReadOnlyDictionary<string, byte[]>? Files => _memory;

    /// <summary>Creates a staging that keeps every file in memory instead of in a folder beside the output.</summary>
    /// <param name="outputDirectory">The output folder the files are meant for.</param>
    /// <returns>The staging.</returns>
    public static StagingFolder InMemory(string outputDirectory) => new(outputDirectory, new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));

    /// <summary>Returns the full path for a relative output path, or <see langword="null"/> when it would leave the folder.</summary>
    /// <param name="relativePath">The path with forward slashes, e.g. <c>priorities/asb/index.html</c>.</param>
    /// <returns>The full path inside the temporary folder.</returns>
    public string? Resolve(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Writes a UTF-8 text file (no byte-order mark), creating its folders.</summary>
    /// <param name="relativePath">The path relative to the output folder.</param>
    /// <param name="text">The text.</param>
    public void WriteText(string relativePath, string text)
    {
        var full = Resolve(relativePath) ?? throw new InvalidOperationException($"'{relativePath}' is outside the output folder");
        if (_memory is not null)
        {
            _memory[Relative(full)] = _utf8.GetBytes(text);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, _utf8);
    }

    /// <summary>Writes a binary file, creating its folders.</summary>
    /// <param name="relativePath">The path relative to the output folder.</param>
    /// <param name="bytes">The bytes.</param>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Resolve(relativePath) ?? throw new InvalidOperationException($"'{relativePath}' is outside the output folder");
        if (_memory is not null)
        {
            _memory[Relative(full)] = bytes;
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Copies a file into the output, creating its folders.</summary>
    /// <param name="sourceFile">The file to copy.</param>
    /// <param name="relativePath">The path relative to the output folder.</param>
    public void CopyFile(string sourceFile, string relativePath)
    {
        var full = Resolve(relativePath) ?? throw new InvalidOperationException($"'{relativePath}' is outside the output folder");
        if (_memory is not null)
        {
            _memory[Relative(full)] = File.ReadAllBytes(sourceFile);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full, overwrite: true);
    }

    /// <summary>Replaces the output folder with the temporary folder, then deletes the previous output.</summary>
    public void Commit()
    {
        if (_memory is not null)
        {
            return;
        }

        if (!Directory.Exists(_outputDirectory))
        {
            Directory.Move(Root, _outputDirectory);
            return;
        }

        if (FolderExchange.TryExchange(Root, _outputDirectory))
        {
            // The staging name now holds the previous output.
            Directory.Delete(Root, recursive: true);
            return;
        }

        // No atomic exchange here: two renames; a build killed between them is repaired by the next one.
        var previous = Path.Combine(Path.GetDirectoryName(_outputDirectory)!, StaleStagingFolders.NewName(_outputDirectory, StaleStagingFolders.PreviousKind));
        Directory.Move(_outputDirectory, previous);
        Directory.Move(Root, _outputDirectory);
        Directory.Delete(previous, recursive: true);
    }

    /// <summary>Deletes the temporary folder, leaving the output folder untouched.</summary>
    public void Discard()
    {
        if (_memory is null && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');
}
