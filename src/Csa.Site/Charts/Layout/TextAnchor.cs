namespace Csa.Site.Charts;

/// <summary>Says which point of a text its x names, as SVG's <c>text-anchor</c> does.</summary>
public enum TextAnchor
{
    /// <summary>x is the left end of the text.</summary>
    Start,

    /// <summary>x is the middle of the text.</summary>
    Middle,

    /// <summary>x is the right end of the text.</summary>
    End,
}
