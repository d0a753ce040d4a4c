using System.Text;

namespace Csa.Site.Components;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
public static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>; every other character, non-ASCII included, stays as it is:
    /// <c>Escape("A &lt;b&gt; “c”")</c> → <c>A &amp;lt;b&amp;gt; “c”</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text; the same instance when nothing needed escaping.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                var c => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
