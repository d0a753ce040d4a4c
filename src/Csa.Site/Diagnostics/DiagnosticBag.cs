using System.Collections.Concurrent;

namespace Csa.Site.Diagnostics;

/// <summary>Collects the diagnostics of one build from every stage, safely from parallel work.</summary>
/// <remarks>Stages add problems and go on where it is safe, so one build lists every problem, not just the first.</remarks>
public sealed class DiagnosticBag
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    /// <summary>Gets a value indicating whether any error was added.</summary>
    public bool HasErrors => _items.Keys.Any(d => d.Severity == Severity.Error);

    /// <summary>Gets the number of errors added.</summary>
    public int ErrorCount => _items.Keys.Count(d => d.Severity == Severity.Error);

    /// <summary>Gets the number of warnings added.</summary>
    public int WarningCount => _items.Keys.Count(d => d.Severity == Severity.Warning);

    /// <summary>Adds a diagnostic; an identical one already added is not repeated.</summary>
    /// <param name="diagnostic">The problem to record.</param>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.TryAdd(diagnostic, 0);
    }

    /// <summary>Adds an error at a place in a file.</summary>
    /// <param name="path">The file, relative to the site root.</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <param name="code">The code from <see cref="DiagnosticCodes"/>.</param>
    /// <param name="message">The message.</param>
    /// <param name="sourceLine">The text of the offending line, if known.</param>
    public void Error(string path, int line, int column, string code, string message, string? sourceLine = null) =>
        Add(new Diagnostic(path, line, column, code, Severity.Error, message) { SourceLine = sourceLine });

    /// <summary>Adds a warning at a place in a file.</summary>
    /// <param name="path">The file, relative to the site root.</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <param name="code">The code from <see cref="DiagnosticCodes"/>.</param>
    /// <param name="message">The message.</param>
    public void Warning(string path, int line, int column, string code, string message) =>
        Add(new Diagnostic(path, line, column, code, Severity.Warning, message));

    /// <summary>Returns every diagnostic ordered by file, line, column and code, so output is deterministic.</summary>
    /// <returns>The sorted diagnostics.</returns>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items.Keys
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
