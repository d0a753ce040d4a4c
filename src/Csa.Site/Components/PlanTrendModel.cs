namespace Csa.Site.Components;

/// <summary>A small trend line of one plan measure: the baseline and each later figure (<c>trend</c> of <see cref="PlanMeasureModel"/>).</summary>
/// <param name="Points">The figures, earliest first, each with its position in the drawing.</param>
/// <param name="Line">The points of an SVG <c>polyline</c> (<c>x,y x,y</c>).</param>
/// <param name="Width">The drawing's width in SVG units.</param>
/// <param name="Height">The drawing's height in SVG units.</param>
/// <param name="Summary">The figures in words, as the drawing's text alternative: <c>21.7 in 2018-19, 20.1 in 2019-20 and 18.9 in 2020-21</c>.</param>
public sealed record PlanTrendModel(IReadOnlyList<PlanTrendPointModel> Points, string Line, int Width, int Height, string Summary);
