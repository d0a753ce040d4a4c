using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Resolves <c>{{ include 'NAME' }}</c> to a theme partial, and <c>{{ include 'NAME.md' }}</c> to a content snippet;
/// both are parsed ahead and cached, so this only names them.</summary>
internal sealed class PartialLoader : ITemplateLoader
{
    private readonly ThemeTemplates _theme;
    private readonly SnippetTemplates _snippets;
    private readonly TemplateDependencies? _dependencies;

    public PartialLoader(ThemeTemplates theme, SnippetTemplates snippets, TemplateDependencies? dependencies = null)
    {
        _theme = theme;
        _snippets = snippets;
        _dependencies = dependencies;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.EndsWith(".md", StringComparison.Ordinal))
        {
            var path = _snippets.Prefix + templateName.TrimStart('/');
            _dependencies?.Snippet(context, path);
            return path;
        }

        var name = templateName.EndsWith(".html", StringComparison.Ordinal) ? templateName : templateName + ".html";
        name = name.StartsWith("partials/", StringComparison.Ordinal) ? name["partials/".Length..] : name;
        return _theme.PartialsPrefix + name;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, templatePath.EndsWith(".md", StringComparison.Ordinal)
            ? $"include: there is no snippet '{templatePath}'"
            : $"include: the theme has no partial '{templatePath}'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
