using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Parses and renders Scriban templates (layouts, partials and Markdown bodies), turning errors into diagnostics.</summary>
/// <remarks>Each render gets its own <see cref="TemplateContext"/> over shared, read-only globals, so pages render in parallel.
/// Variables are strict: an unknown name is an error, not an empty string. Layouts and partials HTML-escape every printed
/// value except <see cref="RawHtml"/> (<c>page.content</c>, <c>include</c>, a table); Markdown bodies print values as they are.</remarks>
public sealed class TemplateRunner
{
    private static readonly Scriban.Functions.BuiltinFunctions _builtins = HtmlBuiltins.Create();
    private readonly ThemeTemplates _theme;
    private readonly SnippetTemplates _snippets;
    private readonly TemplateDependencies? _dependencies;
    private readonly ScriptObject _shared;
    private readonly SourceFiles _sources;
    private readonly MemberSites _sharedSites = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Template, MemberSites> _sitesByTemplate = [];

    /// <summary>Initializes a new instance of the <see cref="TemplateRunner"/> class.</summary>
    /// <param name="theme">The theme whose partials <c>include</c> finds.</param>
    /// <param name="shared">The globals every render sees (<c>site</c>, functions); made read-only here.</param>
    /// <param name="sources">Source texts for quoting lines in diagnostics.</param>
    /// <param name="snippets">The content snippets pages may include; none when <see langword="null"/>.</param>
    /// <param name="dependencies">Where each page's includes of snippets are recorded; none when <see langword="null"/>.</param>
    public TemplateRunner(ThemeTemplates theme, ScriptObject shared, SourceFiles sources, SnippetTemplates? snippets = null, TemplateDependencies? dependencies = null)
    {
        ArgumentNullException.ThrowIfNull(shared);
        _theme = theme;
        _snippets = snippets ?? SnippetTemplates.None;
        _dependencies = dependencies;
        _shared = shared;
        _shared.IsReadOnly = true;
        _sources = sources;
        foreach (var template in (theme?.Layouts.Values ?? []).Concat(theme?.Partials.Values ?? []).Concat(_snippets.Templates.Values))
        {
            _sharedSites.Add(template);
        }
    }

    /// <summary>Parses a template; syntax errors go to the bag with their file positions.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="sitePath">The file it comes from, relative to the site root.</param>
    /// <param name="lineOffset">The number of file lines before the text (e.g. the front matter of a page).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The template, which has <see cref="Template.HasErrors"/> set when it did not parse.</returns>
    public static Template Parse(string text, string sitePath, int lineOffset, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var template = Template.Parse(text, sitePath);
        // Only the first parse error: Scriban's later ones are usually knock-on effects of it.
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1))
        {
            var line = message.Span.Start.Line + 1 + lineOffset;
            diagnostics.Error(sitePath, line, message.Span.Start.Column + 1, DiagnosticCodes.TemplateSyntax,
                "template syntax: " + message.Message, Quote(text, message.Span.Start.Line));
        }

        return template;
    }

    /// <summary>Renders a parsed template with the shared globals and a page's own globals.</summary>
    /// <param name="template">The template; one with parse errors renders nothing.</param>
    /// <param name="pageGlobals">The variables of this render (e.g. <c>page</c>).</param>
    /// <param name="lineOffset">The number of file lines before the template text in its file.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="escapeHtml">Whether printed values are HTML-escaped: on for layouts; off for a page's Markdown, where only their <c>&lt;</c> is.</param>
    /// <returns>The output, or <see langword="null"/> when rendering failed.</returns>
    public string? Render(Template template, ScriptObject pageGlobals, int lineOffset, DiagnosticBag diagnostics, bool escapeHtml = true) =>
        Render(template, pageGlobals, lineOffset, diagnostics, null, escapeHtml).Output;

    /// <summary>Renders a parsed template and maps each line of the output back to the template line that wrote it.</summary>
    /// <param name="template">The template; one with parse errors renders nothing.</param>
    /// <param name="pageGlobals">The variables of this render (e.g. <c>page</c>).</param>
    /// <param name="lineOffset">The number of file lines before the template text in its file.</param>
    /// <param name="source">The template's text, as parsed.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="escapeHtml">Whether printed values are HTML-escaped: on for layouts; off for a page's Markdown, where only their <c>&lt;</c> is.</param>
    /// <returns>The output and its line map; the output has nothing in place of an expression that failed, and is
    /// <see langword="null"/> when rendering stopped.</returns>
    public (string? Output, LineMap Lines) RenderWithLines(Template template, ScriptObject pageGlobals, int lineOffset, string source, DiagnosticBag diagnostics, bool escapeHtml = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Render(template, pageGlobals, lineOffset, diagnostics, source, escapeHtml);
    }

    private (string? Output, LineMap Lines) Render(Template template, ScriptObject pageGlobals, int lineOffset, DiagnosticBag diagnostics, string? source, bool escapeHtml)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (template.HasErrors)
        {
            return (null, LineMap.Identity);
        }

        var tracking = source is null ? null : new LineTrackingContext(_builtins, template) { EscapeOutput = escapeHtml, EscapeMarkupStart = !escapeHtml };
        var context = tracking ?? new HtmlTemplateContext(_builtins) { EscapeOutput = escapeHtml, EscapeMarkupStart = !escapeHtml };
        context.TemplateLoader = new PartialLoader(_theme, _snippets, _dependencies);
        context.StrictVariables = true;
        context.MemberRenamer = member => member.Name;
        foreach (var (path, partial) in _theme.Partials.Concat(_snippets.Templates))
        {
            context.CachedTemplates[path] = partial;
        }

        context.PushGlobal(_shared);
        context.PushGlobal(pageGlobals);
        // A layout is rendered once per page: its member accesses are noted once.
        var sites = _sitesByTemplate.GetValue(template, t =>
        {
            var noted = new MemberSites(_sharedSites);
            noted.Add(t);
            return noted;
        });
        context.TryGetMember = (TemplateContext c, SourceSpan span, object target, string member, out object? value) =>
        {
            // A member of something whose errors were reported already is that something again, so no error follows from it.
            value = target is ILenientObject ? target : null;
            var (text, mayBeMissing) = sites.At(span);
            if (target is ILenientObject || mayBeMissing)
            {
                return target is ILenientObject;
            }

            throw UnknownNameException.Member(span, text, member, MembersOf(c, span, target));
        };
        context.TryGetVariable = (TemplateContext c, SourceSpan span, ScriptVariable variable, out object? value) =>
            throw UnknownNameException.Variable(span, variable.Name, _builtins.Keys.Concat(_shared.Keys).Concat(pageGlobals.Keys));

        // Each failing expression is noted and rendering goes on with a null in its place, so every error of the page is reported.
        var failures = new List<ScriptRuntimeException>();
        context.RenderRuntimeException = ex =>
        {
            failures.Add(ex);
            return null!;
        };
        try
        {
            tracking?.Track();
            var output = template.Render(context);
            if (failures.Count > 0)
            {
                // A page's Markdown goes on with nulls in place of what failed, so the build still finds its charts' errors;
                // the errors reported keep the page from being published.
                Report(failures, template, lineOffset, diagnostics);
                return tracking is null ? (null, LineMap.Identity) : (output, tracking.BuildMap(output, source!));
            }

            return (output, tracking is null ? LineMap.Identity : tracking.BuildMap(output, source!));
        }
        catch (ScriptRuntimeException ex)
        {
            Report([.. failures, ex], template, lineOffset, diagnostics);
            return (null, LineMap.Identity);
        }
    }

    private static IReadOnlyCollection<string> MembersOf(TemplateContext context, SourceSpan span, object target) => target switch
    {
        ScriptObject obj => [.. obj.Keys],
        System.Collections.IDictionary map => [.. map.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty)],
        _ => [.. context.GetMemberAccessor(target).GetMembers(context, span, target)],
    };

    /// <summary>Reports each failure once per line: a value that failed is null afterwards, so what follows on its line is not
    /// reported again.</summary>
    private void Report(IEnumerable<ScriptRuntimeException> failures, Template template, int lineOffset, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<(string, int)>();
        foreach (var ex in failures)
        {
            var span = ex.Span;
            var file = span.FileName ?? template.SourceFilePath ?? "?";
            var offset = file == template.SourceFilePath ? lineOffset : 0;
            var line = span.Start.Line + 1 + offset;
            if (!seen.Add((file, line)))
            {
                continue;
            }

            var data = FindInner<Tables.DataReferenceException>(ex);
            var code = data is not null ? DiagnosticCodes.UnknownTableReference : ex is UnknownNameException ? DiagnosticCodes.UnknownName : DiagnosticCodes.TemplateRuntime;
            diagnostics.Error(file, line, span.Start.Column + 1, code, data?.Message ?? Explain(ex.OriginalMessage), _sources.Line(file, line));
        }
    }

    private static string Explain(string message) =>
        message.Contains("limit", StringComparison.OrdinalIgnoreCase)
            ? message + " (a render may run " + TemplateLimits.LoopIterations.ToString("N0", CultureInfo.InvariantCulture) + $" loop iterations and nest calls and includes {TemplateLimits.RecursionDepth} deep: does a loop or call here never end?)"
            : message;

    private static T? FindInner<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Quote(string text, int zeroBasedLine) => Content.SourceText.Line(text, zeroBasedLine + 1);
}
