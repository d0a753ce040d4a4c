namespace Csa.Site.Charts;

/// <summary>Lists the CSS classes of chart figures and of the marks inside their SVG (<c>csa-</c> prefix, BEM).</summary>
/// <remarks>The theme's <c>assets/css/charts.css</c> styles these; tests find marks by them.</remarks>
public static class ChartClasses
{
    /// <summary>Gets the figure's class.</summary>
    public const string Figure = "csa-chart";

    /// <summary>Gets the figure caption's class (title, subtitle and key).</summary>
    public const string Caption = "csa-chart__caption";

    /// <summary>Gets the headline title's class.</summary>
    public const string Title = "csa-chart__title";

    /// <summary>Gets the statistical subtitle's class.</summary>
    public const string Subtitle = "csa-chart__subtitle";

    /// <summary>Gets the key's class (a list above the chart).</summary>
    public const string Key = "csa-chart__key";

    /// <summary>Gets the class of a key item's small picture.</summary>
    public const string KeySymbol = "csa-chart__key-symbol";

    /// <summary>Gets the class of the block holding one SVG.</summary>
    public const string Graphic = "csa-chart__graphic";

    /// <summary>Gets the modifier of the graphic shown on wide screens and in print.</summary>
    public const string GraphicWide = "csa-chart__graphic--wide";

    /// <summary>Gets the modifier of the graphic shown on narrow screens.</summary>
    public const string GraphicNarrow = "csa-chart__graphic--narrow";

    /// <summary>Gets the class of the SVG element.</summary>
    public const string Svg = "csa-chart__svg";

    /// <summary>Gets the text summary's class.</summary>
    public const string Summary = "csa-chart__summary";

    /// <summary>Gets the source line's class.</summary>
    public const string Source = "csa-chart__source";

    /// <summary>Gets the class of the details element holding the data table.</summary>
    public const string Data = "csa-chart__data";

    /// <summary>Gets the class of the list of downloads.</summary>
    public const string Downloads = "csa-chart__downloads";

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
