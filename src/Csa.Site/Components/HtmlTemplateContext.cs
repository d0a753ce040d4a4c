using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Csa.Site.Components;

/// <summary>A Scriban context that HTML-escapes every value printed with <c>{{ }}</c>, except <see cref="RawHtml"/>.</summary>
/// <remarks>Scriban has no auto-escape of its own; every expression statement's value goes through
/// <see cref="Write(SourceSpan, object)"/>, while literal template text goes through the string overloads, so only printed
/// values are escaped. In a page's Markdown (<see cref="EscapeMarkupStart"/>) only <c>&lt;</c> is escaped, so a value's text stays Markdown
/// (and a chart block's YAML) but never becomes raw HTML.</remarks>
public class HtmlTemplateContext : TemplateContext
{
    /// <summary>Initializes a new instance of the <see cref="HtmlTemplateContext"/> class.</summary>
    /// <param name="builtins">The built-in functions (see <see cref="HtmlBuiltins"/>).</param>
    /// <remarks>Every render runs under <see cref="TemplateLimits"/>.</remarks>
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        TemplateLimits.Apply(this);
    }

    /// <summary>Gets a value indicating whether printed values are HTML-escaped (layouts and components).</summary>
    public bool EscapeOutput { get; init; }

    /// <summary>Gets a value indicating whether a printed value's <c>&lt;</c> is written <c>&amp;lt;</c> (a page's Markdown): a
    /// value from the data or the settings cannot open raw HTML there, and Markdown reads it back as the character.</summary>
    public bool EscapeMarkupStart { get; init; }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        if (textAsObject is RawHtml raw)
        {
            return Write(raw.Html);
        }

        var text = ObjectToString(textAsObject) ?? string.Empty;
        return Write(EscapeOutput ? HtmlText.Escape(text) : EscapeMarkupStart ? text.Replace("<", "&lt;", StringComparison.Ordinal) : text);
    }

    /// <inheritdoc/>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is RawHtml raw ? raw.Html : base.ObjectToString(value, nested);
}
