using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Csa.Site.Charts;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;
using Csa.Site.Tests.Support;
using CsCheck;

namespace Csa.Site.Tests.Fuzzing;

/// <summary>Throws random and mutated inputs, seeded from the real content, at the readers of user-written text (front
/// matter, chart blocks, the data descriptor and CSV files): each must report diagnostics, never throw, and never hang.</summary>
/// <remarks>Each reader runs for <c>CSA_FUZZ_SECONDS</c> seconds (1 unless set; CI runs a longer step after the tests) on one thread, and each input
/// for at most <see cref="PerInput"/>. A failure prints the input; keep it as a case in <see cref="FuzzRegressionTests"/>.</remarks>
public sealed partial class ReaderFuzzTests
{
    /// <summary>The longest one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    private static readonly string Root = RepositoryRoot.Find();

    internal static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("CSA_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;

    [Fact]
    public void The_front_matter_reader_never_throws_or_hangs()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(Root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Fuzz(seeds, text => FrontMatterReader.Read("content/fuzz.md", "fuzz.md", text, new DiagnosticBag()));
    }

    [Fact]
    public void The_chart_block_reader_never_throws_or_hangs()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(Root, "content"), "*.md", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md"))
            .SelectMany(f => ChartBlock().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToArray();
        Assert.NotEmpty(seeds);
        Fuzz(seeds, yaml => ChartSpecReader.Read(yaml, []));
    }

    [Fact]
    public void The_descriptor_reader_never_throws_or_hangs()
    {
        var seeds = new[] { File.ReadAllText(Path.Combine(Root, "content", "data", DataPackage.FileName)) };
        Fuzz(seeds, text => DataPackageReader.Read(text, "content/data/datapackage.yml", new DiagnosticBag()));
    }

    [Fact]
    public void The_csv_reader_never_throws_or_hangs()
    {
        var package = DataPackageReader.Read(File.ReadAllText(Path.Combine(Root, "content", "data", DataPackage.FileName)), "content/data/datapackage.yml", new DiagnosticBag())!;
        var resources = package.Resources.ToArray();
        var seeds = resources.Select(r => File.ReadAllText(Path.Combine(Root, "content", "data", r.Path))).ToArray();

        // The seed index picks the schema too, so a mutated CSV is read against the table it came from (or, past the end, another).
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, resources.Length - 1], Mutations).Select((s, r, m) => (Text: Mutate(seeds[s], m), Resource: resources[r]));
        gen.Sample(
            input => WithinTime(() => CsvTableReader.Read(input.Text, "content/data/fuzz.csv", input.Resource, new DiagnosticBag())),
            time: Seconds,
            threads: 1,
            print: input => input.Resource.Name + ": " + Show(input.Text));
    }

    /// <summary>Runs a reader on one input in time, rethrowing what it threw.</summary>
    internal static void WithinTime(Action read)
    {
        var task = Task.Run(read);
        if (!task.Wait(PerInput))
        {
            throw new TimeoutException($"the reader took more than {PerInput.TotalSeconds} s on this input");
        }
    }

    internal static Gen<(int Seed, int Count, int Random)> Mutations => Gen.Select(Gen.Int[0, 12], Gen.Int[0, int.MaxValue], (c, r) => (0, c, r));

    private static void Fuzz(string[] seeds, Action<string> read)
    {
        var gen = Gen.Frequency(
            (8, Gen.Select(Gen.Int[0, seeds.Length - 1], Mutations).Select((s, m) => Mutate(seeds[s], m))),
            (2, Gen.String[Gen.Char[Alphabet], 0, 400]));
        gen.Sample(text => WithinTime(() => read(text)), time: Seconds, threads: 1, print: Show);
    }

    private const string Alphabet = "ab0123456789.-+eE:,;#&*!|>%@`'\"[]{}()?~ \t\n\r\\/\0\u00a0\u00e9\u2013\ud83d\ude00\ufeff";

    /// <summary>Applies a number of random edits, each a typical slip: a cut, a duplicated or moved stretch, a stray character.</summary>
    internal static string Mutate(string seed, (int Seed, int Count, int Random) m)
    {
        var random = new Random(m.Random);
        var sb = new StringBuilder(seed);
        for (var i = 0; i < m.Count; i++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            var length = sb.Length == 0 ? 0 : random.Next(Math.Min(40, sb.Length - at) + 1);
            switch (random.Next(7))
            {
                case 0:
                    sb.Remove(at, length);
                    break;
                case 1:
                    sb.Insert(at, sb.ToString(at, length));
                    break;
                case 2:
                    sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 3:
                    if (sb.Length > 0)
                    {
                        sb[at] = Alphabet[random.Next(Alphabet.Length)];
                    }

                    break;
                case 4:
                    sb.Length = at;
                    break;
                case 5:
                    var moved = sb.ToString(at, length);
                    sb.Remove(at, length);
                    sb.Insert(random.Next(sb.Length + 1), moved);
                    break;
                default:
                    sb.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static readonly string[] Interesting =
    [
        "---\n", "\n---", "- ", ": ", "? ", "!!binary ", "*anchor", "&anchor ", "<<: *a", "[", "{", "\"", "'", "|\n", ">-\n", "%YAML 1.2\n",
        "1e309", "-1e309", "NaN", ".nan", ".inf", "99999999999999999999", "-0", "0x1F", "2020-02-30", "null", "~", "true", "..",
        "\"\"", ",,", "\r\n", "\t", "\0", "\ufeff", "\u202e", new string('x', 5000), new string('[', 200), new string('{', 200),
    ];

    internal static string Show(string text) => text.Length > 2000 ? Escape(text[..2000]) + "..." : Escape(text);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex(@"^```chart\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ChartBlock();
}
