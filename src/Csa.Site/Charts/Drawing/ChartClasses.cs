namespace Csa.Site.Charts;

/// <summary>Lists the CSS classes of the marks inside chart SVGs (<c>csa-</c> prefix, BEM); the figure around them is
/// <c>components/chart-figure.html</c>.</summary>
/// <remarks>The theme's <c>assets/css/charts.css</c> styles these; tests find marks by them.</remarks>
public static class ChartClasses
{
    /// <summary>Gets the class of the SVG element.</summary>
    public const string Svg = "csa-chart__svg";

    /// <summary>Gets the background rectangle's class.</summary>
    public const string Background = "csa-chart__background";

    /// <summary>Gets a bar's class.</summary>
    public const string Bar = "csa-chart__bar";

    /// <summary>Gets a highlighted bar's classes.</summary>
    public const string BarHighlight = "csa-chart__bar csa-chart__bar--highlight";

    /// <summary>Gets the second series' bar classes (paired charts).</summary>
    public const string BarSecond = "csa-chart__bar csa-chart__bar--second";

    /// <summary>Gets a part-to-whole segment's class.</summary>
    public const string Segment = "csa-chart__segment";

    /// <summary>Gets a value label's class.</summary>
    public const string ValueLabel = "csa-chart__value";

    /// <summary>Gets a category label's class.</summary>
    public const string CategoryLabel = "csa-chart__category";

    /// <summary>Gets a tick label's class.</summary>
    public const string TickLabel = "csa-chart__tick";

    /// <summary>Gets a gridline's class.</summary>
    public const string Gridline = "csa-chart__gridline";

    /// <summary>Gets an axis line's class.</summary>
    public const string Axis = "csa-chart__axis";

    /// <summary>Gets an axis title's class.</summary>
    public const string AxisTitle = "csa-chart__axis-title";

    /// <summary>Gets a reference line's class.</summary>
    public const string Reference = "csa-chart__reference";

    /// <summary>Gets the class of the white casing under a reference line, which keeps it visible across dark bars.</summary>
    public const string Casing = "csa-chart__casing";

    /// <summary>Gets a reference line label's class.</summary>
    public const string ReferenceLabel = "csa-chart__reference-label";

    /// <summary>Gets a line series' class.</summary>
    public const string Line = "csa-chart__line";

    /// <summary>Gets a point marker's class.</summary>
    public const string Marker = "csa-chart__marker";

    /// <summary>Gets a direct series or segment label's class.</summary>
    public const string DirectLabel = "csa-chart__label";

    /// <summary>Gets a leader line's class (from a segment to its label).</summary>
    public const string Leader = "csa-chart__leader";

    /// <summary>Gets the class of text in a standalone chart's header and footer (title, subtitle, key, source).</summary>
    public const string FrameText = "csa-chart__frame-text";

    /// <summary>Gets the class of a key symbol drawn in a standalone chart's header.</summary>
    public const string FrameSymbol = "csa-chart__frame-symbol";
}
