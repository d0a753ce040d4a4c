namespace Csa.Site.Charts;

/// <summary>Draws one line of text; it stays a <c>text</c> element in the SVG, so it can be read, searched and zoomed.</summary>
/// <param name="X">The anchor x (see <see cref="Anchor"/>).</param>
/// <param name="Y">The baseline y.</param>
/// <param name="Text">The text.</param>
/// <param name="Size">The font size in pixels.</param>
/// <param name="Fill">The colour.</param>
public sealed record TextMark(float X, float Y, string Text, float Size, ChartColor Fill) : ChartMark
{
    /// <summary>Gets a value indicating whether the text is bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Gets which point of the text <see cref="X"/> names.</summary>
    public TextAnchor Anchor { get; init; }

    /// <summary>Gets a value indicating whether the text has a white outline, so lines crossing it do not hide it.</summary>
    public bool Halo { get; init; }
}
