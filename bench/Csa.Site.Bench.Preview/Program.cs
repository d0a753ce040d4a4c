using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

// Preview latency of 'csa-site serve': save a page's text, wait for the open page's next 'load' event, repeat.
// Usage: bench/preview.sh [RUNS=10] [PAGE=content/crime-overview.md], which runs the tool as published for speed
// (bench/publish-tool.sh); or dotnet run -c Release --project bench/Csa.Site.Bench.Preview [RUNS] [PAGE], which runs the
// tool built beside this program (not precompiled, so slower) unless CSA_SITE_TOOL names another: a native binary's
// path, or 'dotnet PATH/csa-site.dll'.
// Needs Debian's Chromium at /usr/bin/chromium. Works on a copy of content/ and themes/default/ in a temporary folder.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var edited = args.Length > 1 ? args[1] : "content/crime-overview.md";
var repo = FindRepository();
var root = Directory.CreateTempSubdirectory("csa-preview-bench-").FullName;
Copy(Path.Combine(repo, "content"), Path.Combine(root, "content"));
Copy(Path.Combine(repo, "themes", "default"), Path.Combine(root, "themes", "default"));
var port = FreePort();
var tool = Environment.GetEnvironmentVariable("CSA_SITE_TOOL") is { Length: > 0 } given
    ? given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
    : ["dotnet", Path.Combine(AppContext.BaseDirectory, "csa-site.dll")];
var start = new ProcessStartInfo(tool[0]) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
Console.WriteLine($"serving with {string.Join(' ', tool)}");
foreach (var arg in tool.Skip(1).Append("serve").Append("--port").Append(port.ToString(CultureInfo.InvariantCulture)))
{
    start.ArgumentList.Add(arg);
}

using var serve = Process.Start(start)!;
_ = serve.StandardOutput.ReadToEndAsync();
_ = serve.StandardError.ReadToEndAsync();
try
{
    var file = Path.Combine(root, edited);
    var url = $"http://127.0.0.1:{port}/{Path.GetRelativePath(Path.Combine(root, "content"), file)[..^3].Replace('\\', '/')}/";
    using var http = new HttpClient();
    for (var i = 0; i < 600 && !await Served(http, url); i++)
    {
        await Task.Delay(100);
    }

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    var tab = await browser.NewPageAsync();
    await tab.GotoAsync(url);
    var original = await File.ReadAllTextAsync(file);
    var times = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        tab.Load += OnLoad;
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, original + $"\nEdit {run} (benchmark).\n");
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        clock.Stop();
        tab.Load -= OnLoad;
        if (run > 0)
        {
            times.Add(clock.Elapsed.TotalMilliseconds); // the first edit warms up the rebuild
        }

        await Task.Delay(500);
    }

    // The browser's own share: the same page reloaded with nothing changed (request to 'load' event, no rebuild).
    await Task.Delay(1000); // the whole-plan page's deferred rebuild is over
    var reloads = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        var clock = Stopwatch.StartNew();
        await tab.ReloadAsync(new() { WaitUntil = WaitUntilState.Load });
        clock.Stop();
        if (run > 0)
        {
            reloads.Add(clock.Elapsed.TotalMilliseconds);
        }

        await Task.Delay(200);
    }

    var median = Median(times);
    var reload = Median(reloads);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview: save '{edited}' -> load event of the reloaded page: median {median:0} ms of {times.Count} (min {times.Min():0}, max {times.Max():0})"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which the browser reloading the page alone (no edit, no rebuild): median {reload:0} ms of {reloads.Count}; so serve's share is about {median - reload:0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (serve waits {10} ms for changes to settle before it rebuilds; the whole-plan page is rebuilt after the reload)"));
    Console.WriteLine(median <= 150 ? "target <= 150 ms: met" : "target <= 150 ms: NOT met");
    if (median > 150)
    {
        // What timing each step showed (details and what was tried: bench/README.md).
        Console.WriteLine("  in the way: besides the browser's own reload, the first rebuild step (about 30 ms: the edited page, the whole site's link check, hashing the site's files, reading tables, components and templates again) and the settle wait");
    }
}
finally
{
    serve.Kill(entireProcessTree: true);
    Directory.Delete(root, recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task<bool> Served(HttpClient http, string url)
{
    try
    {
        return (await http.GetAsync(new Uri(url))).StatusCode == HttpStatusCode.OK;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Csa.Site.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
