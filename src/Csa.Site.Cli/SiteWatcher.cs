namespace Csa.Site.Cli;

/// <summary>Watches folders and runs an action once changes have settled (<see cref="Settle"/> without another change).</summary>
/// <remarks>A change during a run starts another run, which waits for the first to end (a build session builds one at a time).</remarks>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>How long no change must come before the action runs: long enough for an editor's save (often a write
    /// then a rename) to finish, short enough not to be felt.</summary>
    internal const int Settle = 10;

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SiteWatcher(IEnumerable<string> folders, Action onChange)
    {
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Touch;
            watcher.Created += Touch;
            watcher.Deleted += Touch;
            watcher.Renamed += Touch;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Stops reacting to changes; a rebuild already running is left to finish on its own thread.</summary>
    public void Stop()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        _timer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Touch(object sender, FileSystemEventArgs e) => _timer.Change(Settle, Timeout.Infinite);
}
