using System.Reflection;
using System.Text.RegularExpressions;
using Csa.Site.Diagnostics;
using Csa.Site.Release;

namespace Csa.Site.Tests.Docs;

/// <summary>Holds docs/errors.md to the codes the code defines: the constants of <see cref="DiagnosticCodes"/> and
/// <see cref="ReleaseCodes"/>, each listed once, in ascending order, with what it means and what to do.</summary>
public sealed partial class ErrorCodesDocTests
{
    [Fact]
    public void The_errors_page_lists_every_code_once_in_ascending_order()
    {
        // Given: the code's own list
        var codes = new[] { typeof(DiagnosticCodes), typeof(ReleaseCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        // When: the first cell of each table row of the page
        var listed = DocFiles.ProseLines("docs/errors.md").Select(l => Row().Match(l.Text)).Where(m => m.Success).ToList();

        // Then
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes, listed.Select(m => m.Groups[1].Value));
        Assert.All(listed, m => Assert.True(m.Groups[2].Value.Split('|').All(cell => cell.Trim().Length > 0), $"{m.Groups[1].Value} needs its meaning and what to do"));
    }

    [GeneratedRegex(@"^\| (CSA\d{4}) \|(.*)\|$")]
    private static partial Regex Row();
}
