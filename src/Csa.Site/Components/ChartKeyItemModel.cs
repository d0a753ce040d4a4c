namespace Csa.Site.Components;

/// <summary>Describes one entry of a chart's key: a small picture and the words explaining it.</summary>
/// <param name="Text">The explanation.</param>
/// <param name="Symbol">The picture: <c>swatch</c> (a filled box), <c>line</c> (a reference line), <c>series</c> (a line with a marker) or <c>glyph</c> (text such as <c>▲▲</c>).</param>
/// <param name="Colour">The colour, <c>#RRGGBB</c>.</param>
/// <param name="Dash">A line's dash pattern for <c>stroke-dasharray</c>, e.g. <c>6 3</c>; <see langword="null"/> when solid.</param>
/// <param name="StrokeWidth">A reference line's width.</param>
/// <param name="Shape">A series' marker: <c>circle</c>, <c>square</c>, <c>triangle</c> or <c>diamond</c>.</param>
/// <param name="Glyph">A glyph's text; <see langword="null"/> for the other symbols.</param>
public sealed record ChartKeyItemModel(string Text, string Symbol, string Colour, string? Dash, string StrokeWidth, string Shape, string? Glyph);
