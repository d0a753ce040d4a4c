namespace Csa.Site.Components;

/// <summary>Describes one cell of a table component, already formatted.</summary>
/// <param name="Text">The text, e.g. <c>182.6</c> or <c>[x]</c> when there is no figure.</param>
/// <param name="Header">Whether the cell is the row's header (<c>th scope="row"</c>).</param>
/// <param name="Numeric">Whether the cell holds a number (right-aligned).</param>
public sealed record TableCellModel(string Text, bool Header, bool Numeric)
{
    /// <summary>Gets the band, <c>above</c> or <c>significant</c>, for <c>data-band</c>; <see langword="null"/> when not banded.</summary>
    public string? Band { get; init; }

    /// <summary>Gets the visible band marker, <c>▲</c> or <c>▲▲</c>; <see langword="null"/> when not banded.</summary>
    public string? Marker { get; init; }

    /// <summary>Gets the band in words for screen readers, e.g. <c>well above average</c>; <see langword="null"/> when not banded.</summary>
    public string? BandWords { get; init; }

    /// <summary>Gets a value indicating whether the cell is in a column of long text (a sentence or more), which is given
    /// room to be read rather than squeezed into a tall, narrow column.</summary>
    public bool LongText { get; init; }

    /// <summary>Gets the link the cell's text leads to (base path included); <see langword="null"/> for none.</summary>
    public string? Url { get; init; }
}
