using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

// Preview latency of 'csa-site serve': save a page's text, wait for the open page's next 'load' event, repeat.
// Usage: dotnet run -c Release --project bench/Csa.Site.Bench.Preview [RUNS=10] [PAGE=content/crime-overview.md]
// Needs Debian's Chromium at /usr/bin/chromium. Works on a copy of content/ and themes/default/ in a temporary folder.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var edited = args.Length > 1 ? args[1] : "content/crime-overview.md";
var repo = FindRepository();
var root = Directory.CreateTempSubdirectory("csa-preview-bench-").FullName;
Copy(Path.Combine(repo, "content"), Path.Combine(root, "content"));
Copy(Path.Combine(repo, "themes", "default"), Path.Combine(root, "themes", "default"));
var port = FreePort();
var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "csa-site.dll"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture) })
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

    times.Sort();
    var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview: save '{edited}' -> load event of the reloaded page: median {median:0} ms of {times.Count} (min {times[0]:0}, max {times[^1]:0})"));
    Console.WriteLine("(includes the wait of `serve` for changes to settle, about 40 ms, before the rebuild starts)");
}
finally
{
    serve.Kill(entireProcessTree: true);
    Directory.Delete(root, recursive: true);
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
