using AngleSharp.Dom;

namespace Csa.Site.Checks;

/// <summary>Decides whether a link has an accessible name, the text a screen reader announces for it.</summary>
/// <remarks>Follows the accessible-name rules in the order that matters for links: <c>aria-labelledby</c> (the referenced
/// elements' text), <c>aria-label</c>, the link's own content (text, <c>img</c>/<c>input</c> <c>alt</c>, an <c>svg</c>'s
/// <c>title</c>, a descendant's <c>aria-label</c>, skipping <c>aria-hidden</c> parts), then the <c>title</c> attribute.
/// An <c>area</c> is named by its <c>alt</c>.</remarks>
public static class LinkText
{
    /// <summary>Returns whether a link has an accessible name.</summary>
    /// <param name="link">The <c>a</c> or <c>area</c> element.</param>
    /// <returns><see langword="true"/> when a screen reader has something to announce.</returns>
    public static bool HasAccessibleName(IElement link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.GetAttribute("aria-labelledby") is { } labelledBy && link.Owner is { } document)
        {
            foreach (var id in labelledBy.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (document.GetElementById(id) is { } label && !string.IsNullOrWhiteSpace(label.TextContent))
                {
                    return true;
                }
            }
        }

        return HasText(link.GetAttribute("aria-label"))
            || (link.LocalName == "area" ? HasText(link.GetAttribute("alt")) : HasContent(link))
            || HasText(link.GetAttribute("title"));
    }

    private static bool HasContent(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }

            if (child is not IElement element || element.GetAttribute("aria-hidden") == "true")
            {
                continue;
            }

            var named = element.LocalName switch
            {
                "img" or "input" or "area" => HasText(element.GetAttribute("alt")),
                "svg" => element.Children.Any(c => c.LocalName == "title" && HasText(c.TextContent)),
                _ => false,
            };
            if (named || HasText(element.GetAttribute("aria-label")) || HasContent(element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);
}
