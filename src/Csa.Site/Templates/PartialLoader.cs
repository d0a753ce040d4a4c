using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Resolves <c>{{ include 'NAME' }}</c> to a theme partial; partials are parsed ahead and cached, so this only names them.</summary>
internal sealed class PartialLoader : ITemplateLoader
{
    private readonly ThemeTemplates _theme;

    public PartialLoader(ThemeTemplates theme) => _theme = theme;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".html", StringComparison.Ordinal) ? templateName : templateName + ".html";
        name = name.StartsWith("partials/", StringComparison.Ordinal) ? name["partials/".Length..] : name;
        return _theme.PartialsPrefix + name;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include: the theme has no partial '{templatePath}'");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
