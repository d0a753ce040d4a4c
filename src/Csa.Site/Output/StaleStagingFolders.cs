using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Csa.Site.Output;

/// <summary>Names the temporary folders a build makes beside its output folder, and removes those that killed builds left.</summary>
/// <remarks>A name is <c>.NAME.staging-PID-ID</c> (a build in progress) or <c>.NAME.previous-PID-ID</c> (the previous output
/// during a two-rename swap), where PID is the building process and ID a random 32-digit hex number. A folder whose process
/// no longer runs is stale. Names without a PID come from older versions of the tool and are always stale.</remarks>
internal static class StaleStagingFolders
{
    /// <summary>Gets the kind of folder a build writes into.</summary>
    public const string StagingKind = "staging";

    /// <summary>Gets the kind of folder that holds the previous output during a two-rename swap.</summary>
    public const string PreviousKind = "previous";

    /// <summary>Returns a new temporary folder name for the output folder.</summary>
    /// <param name="outputDirectory">The full path of the output folder.</param>
    /// <param name="kind"><see cref="StagingKind"/> or <see cref="PreviousKind"/>.</param>
    /// <returns>The folder name (no path).</returns>
    public static string NewName(string outputDirectory, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(outputDirectory)}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Restores an output folder a killed swap left missing, and deletes the temporary folders of builds that no longer run.</summary>
    /// <param name="outputDirectory">The full path of the output folder.</param>
    public static void Clean(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(outputDirectory);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var pattern = new Regex(
            "^\\." + Regex.Escape(Path.GetFileName(outputDirectory)) + "\\.(?<kind>staging|previous)-(?:(?<pid>[0-9]{1,10})-)?[0-9a-f]{32}$",
            RegexOptions.CultureInvariant);
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var match = pattern.Match(folder.Name);
            if (!match.Success || folder.LinkTarget is not null || IsRunning(match.Groups["pid"].Value))
            {
                continue;
            }

            try
            {
                if (match.Groups["kind"].Value == PreviousKind && !Directory.Exists(outputDirectory))
                {
                    // Killed between the two renames: this is the last good output.
                    folder.MoveTo(outputDirectory);
                }
                else
                {
                    folder.Delete(recursive: true);
                }
            }
            catch (IOException)
            {
                // Another build is tidying up the same folder at the same moment; it will finish the job.
            }
        }
    }

    private static bool IsRunning(string pidText)
    {
        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            // This process may be building the same output in parallel (e.g. serve); its folders are not stale.
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
