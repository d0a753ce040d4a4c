using System.Diagnostics.CodeAnalysis;
using Csa.Site.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Components;

/// <summary>Renders the theme's components: <c>components/NAME.html</c> Scriban templates, each fed a typed view model.</summary>
/// <remarks>A theme's own <c>components/NAME.html</c> replaces the default of that name everywhere; a theme without it gets
/// the default, built into the engine from <c>themes/default/components/</c>. The model's properties are the template's
/// variables in snake_case (<c>CaptionMeta</c> → <c>{{ caption_meta }}</c>); printed values are HTML-escaped, and
/// <c>{{ component 'NAME' model }}</c> renders a nested component. Templates are parsed once; rendering is thread-safe.</remarks>
public sealed class ComponentRenderer
{
    /// <summary>Gets the theme folder that holds components.</summary>
    public const string Folder = "components";

    private const string ResourcePrefix = "Csa.Site.Components.Defaults.";
    private static readonly ScriptObject _builtins = HtmlBuiltins.Create();
    private readonly Dictionary<string, (Template Template, string Path)> _templates;
    private readonly ScriptObject _functions;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    private ComponentRenderer(Dictionary<string, (Template Template, string Path)> templates)
    {
        _templates = templates;
        _functions = new ScriptObject();
        _functions.Import("component", new Func<string, object, RawHtml>(Render));
        _functions.IsReadOnly = true;
    }

    /// <summary>Gets the renderer of the default components alone.</summary>
    public static ComponentRenderer Default { get; } = Load(null, "themes/default", new DiagnosticBag());

    /// <summary>Gets the site paths of the templates in use by name (a theme file, or <c>(built-in)/components/NAME.html</c>).</summary>
    public IReadOnlyDictionary<string, string> Sources => _templates.ToDictionary(t => t.Key, t => t.Value.Path, StringComparer.Ordinal);

    /// <summary>Reads the default components, then the theme's own, which replace defaults of the same name.</summary>
    /// <param name="themeDirectory">The theme folder on disk; <see langword="null"/> for the defaults alone.</param>
    /// <param name="themeSitePath">The theme folder as shown in diagnostics.</param>
    /// <param name="diagnostics">Where syntax errors in the theme's components are reported.</param>
    /// <param name="sources">Where file texts are recorded for quoting in diagnostics; optional.</param>
    /// <returns>The renderer.</returns>
    public static ComponentRenderer Load(string? themeDirectory, string themeSitePath, DiagnosticBag diagnostics, SourceFiles? sources = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var templates = new Dictionary<string, (Template, string)>(StringComparer.Ordinal);
        var assembly = typeof(ComponentRenderer).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var name = resource[ResourcePrefix.Length..^".html".Length];
            var path = $"(built-in)/{Folder}/{name}.html";
            templates[name] = (Parse(reader.ReadToEnd(), path, diagnostics, null), path);
        }

        var folder = themeDirectory is null ? null : Path.Combine(themeDirectory, Folder);
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var path = $"{themeSitePath}/{Folder}/{name}.html";
                templates[name] = (Parse(File.ReadAllText(file), path, diagnostics, sources), path);
            }
        }

        return new ComponentRenderer(templates);
    }

    /// <summary>Renders a component.</summary>
    /// <param name="name">The component's name, e.g. <c>table</c>.</param>
    /// <param name="model">Its view model.</param>
    /// <returns>The HTML, without blank lines (so Markdown keeps it as one block), ending with a newline.</returns>
    /// <exception cref="InvalidOperationException">The component does not exist, did not parse, or failed when rendered.</exception>
    public RawHtml Render(string name, object model) => new(WithoutBlankLines(RenderText(name, model)));

    /// <summary>Renders a component as its template writes it, blank lines kept, without the final line break: for markup
    /// inside a line (an abbreviation) or text whose lines matter (code).</summary>
    /// <param name="name">The component's name, e.g. <c>abbr</c>.</param>
    /// <param name="model">Its view model.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="InvalidOperationException">The component does not exist, did not parse, or failed when rendered.</exception>
    public RawHtml RenderAsWritten(string name, object model) => new(RenderText(name, model).TrimEnd('\n'));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateReflection.Kept)]
    private string RenderText(string name, object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(name, out var entry))
        {
            throw new InvalidOperationException($"the theme has no component '{Folder}/{name}.html'; the components are: {string.Join(", ", _templates.Keys.Order(StringComparer.Ordinal))}");
        }

        if (entry.Template.HasErrors)
        {
            throw new InvalidOperationException($"the component '{entry.Path}' has a syntax error");
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        var context = new HtmlTemplateContext(_builtins)
        {
            EscapeOutput = true,
            StrictVariables = true,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        try
        {
            return entry.Template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var where = ex.Span.FileName is { Length: > 0 } ? $"{entry.Path}:{ex.Span.Start.Line + 1}:{ex.Span.Start.Column + 1}" : entry.Path;
            throw new InvalidOperationException($"component {where}: {ex.OriginalMessage}", ex);
        }
    }

    private static Template Parse(string text, string path, DiagnosticBag diagnostics, SourceFiles? sources)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        sources?.Add(path, text);
        var template = Template.Parse(text, path);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1))
        {
            var line = message.Span.Start.Line;
            diagnostics.Error(path, line + 1, message.Span.Start.Column + 1, DiagnosticCodes.TemplateSyntax, "template syntax: " + message.Message, text.Split('\n').ElementAtOrDefault(line));
        }

        return template;
    }

    private static string WithoutBlankLines(string html)
    {
        var lines = html.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l));
        return string.Join('\n', lines) + "\n";
    }
}
