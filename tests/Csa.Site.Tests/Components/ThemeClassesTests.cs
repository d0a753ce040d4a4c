using System.Reflection;
using System.Text.RegularExpressions;
using Csa.Site.Charts;
using Csa.Site.Tests.Support;

namespace Csa.Site.Tests.Components;

/// <summary>Keeps the default theme's CSS and markup in step: no dead CSS, no unstyled class by accident, one class scheme.</summary>
public sealed partial class ThemeClassesTests
{
    // Classes emitted on purpose without a rule of their own: hooks for scripts and tests, or blocks styled through their elements.
    private static readonly string[] _deliberatelyPlain =
    [
        "csa-breadcrumbs__link", "csa-footer__contact", "csa-footer__licence", "csa-footer__link", "csa-footer__source", "csa-main--home",
        "csa-nav", "csa-pager__item", "csa-pager__item--prev", "csa-pager__link", "csa-pager__title", "csa-table", "csa-table--profile",
        "csa-toc__item", "csa-toc__link",
    ];

    private static readonly string _theme = Path.Combine(RepositoryRoot.Find(), "themes", "default");

    [Fact]
    public void Every_class_selector_in_the_theme_css_is_emitted_by_a_template_component_or_chart()
    {
        // Given
        var (emitted, prefixes) = EmittedClasses();

        // The engine draws chart SVG itself; its classes are the constants of ChartClasses.
        foreach (var field in typeof(ChartClasses).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            emitted.UnionWith(((string)field.GetValue(null)!).Split(' '));
        }

        // When
        var dead = CssClasses().Where(c => !emitted.Contains(c) && !prefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal))).ToList();

        // Then
        Assert.Empty(dead);
    }

    [Fact]
    public void Every_class_a_template_or_component_emits_is_styled_or_deliberately_plain()
    {
        // Given
        var styled = CssClasses().ToHashSet(StringComparer.Ordinal);

        // When
        var unstyled = EmittedClasses().Classes.Where(c => !styled.Contains(c) && !_deliberatelyPlain.Contains(c)).Order(StringComparer.Ordinal).ToList();

        // Then
        Assert.True(unstyled.Count == 0, string.Join(", ", unstyled));
    }

    [Fact]
    public void Every_class_follows_the_csa_bem_scheme()
    {
        // Given
        var classes = EmittedClasses().Classes.Concat(CssClasses());

        // When
        var strays = classes.Where(c => !BemClass().IsMatch(c)).Distinct().ToList();

        // Then
        Assert.Empty(strays);
    }

    private static IEnumerable<string> CssClasses()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_theme, "assets"), "*.css", SearchOption.AllDirectories))
        {
            var css = CssComment().Replace(File.ReadAllText(file), string.Empty);
            foreach (Match m in CssClass().Matches(css))
            {
                yield return m.Groups[1].Value;
            }
        }
    }

    private static (HashSet<string> Classes, List<string> Prefixes) EmittedClasses()
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var templates = Directory.EnumerateFiles(Path.Combine(_theme, "layouts"), "*.html", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(_theme, "components"), "*.html"));
        foreach (var file in templates)
        {
            foreach (Match m in ClassAttribute().Matches(File.ReadAllText(file)))
            {
                // Drop Scriban conditions ({{ if x }} … {{ end }}) but keep what is printed after a literal prefix.
                var value = Regex.Replace(m.Groups[1].Value, @"\{\{[^}]*\b(if|end|else)\b[^}]*\}\}", " ");
                foreach (var token in Regex.Replace(value, @"\{\{[^}]*\}\}", "\u0001").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (token.Contains('\u0001', StringComparison.Ordinal))
                    {
                        // A class printed after a literal prefix (csa-chart--{{ type }}) counts for every selector with that prefix.
                        prefixes.Add(token[..token.IndexOf('\u0001', StringComparison.Ordinal)]);
                    }
                    else
                    {
                        classes.Add(token);
                    }
                }
            }
        }

        prefixes.RemoveAll(p => p.Length == 0);
        return (classes, prefixes);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"\.(-?[_a-zA-Z][\w-]*)")]
    private static partial Regex CssClass();

    [GeneratedRegex("class=\"([^\"]*)\"")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(@"^csa-[a-z0-9]+(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$")]
    private static partial Regex BemClass();
}
