namespace Csa.Site.Components;

/// <summary>Marks HTML the engine produced (page content, chart SVG, a component's output) as trusted, so that layouts and
/// components print it as it is instead of escaping it.</summary>
/// <remarks>Every other value printed with <c>{{ }}</c> in a layout or component is HTML-escaped. A theme marks its own
/// trusted HTML with <c>{{ x | raw }}</c>.</remarks>
public sealed class RawHtml
{
    /// <summary>Initializes a new instance of the <see cref="RawHtml"/> class.</summary>
    /// <param name="html">The HTML, printed unchanged.</param>
    public RawHtml(string? html)
    {
        Html = html ?? string.Empty;
    }

    /// <summary>Gets an empty piece of HTML.</summary>
    public static RawHtml Empty { get; } = new(string.Empty);

    /// <summary>Gets the HTML.</summary>
    public string Html { get; }

    /// <summary>Returns the HTML.</summary>
    /// <returns>The HTML, unchanged.</returns>
    public override string ToString() => Html;
}
