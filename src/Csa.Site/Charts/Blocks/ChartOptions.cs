namespace Csa.Site.Charts;

/// <summary>Sets the sizes charts are laid out with; every default suits a 14 px label read on a phone or in print.</summary>
public sealed record ChartOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the view-box width of the chart shown on wide screens, in print, and in the SVG and PNG downloads. Default 640.</summary>
    public float WideWidth { get; init; } = 640;

    /// <summary>Gets the view-box width of the chart shown on narrow screens, where labels sit above the bars. Default 288: the
    /// content width of a 320 px phone, so chart text there is drawn at its own size.</summary>
    public float NarrowWidth { get; init; } = 288;

    /// <summary>Gets the width below which a chart is laid out for narrow screens. Default 480.</summary>
    public float NarrowBelow { get; init; } = 480;

    /// <summary>Gets the size of category, value and key text. Default 14.</summary>
    public float FontSize { get; init; } = 14;

    /// <summary>Gets the size of tick labels, reference labels and the source line. Default 13.</summary>
    public float SmallFontSize { get; init; } = 13;

    /// <summary>Gets the size of the title in a standalone chart file. Default 18.</summary>
    public float TitleFontSize { get; init; } = 18;

    /// <summary>Gets the line height as a multiple of the font size. Default 1.25.</summary>
    public float LineHeight { get; init; } = 1.25f;

    /// <summary>Gets the thickness of a bar. Default 20.</summary>
    public float BarThickness { get; init; } = 20;

    /// <summary>Gets the space between categories. Default 10.</summary>
    public float BarGap { get; init; } = 10;

    /// <summary>Gets the margin around the chart. Default 8.</summary>
    public float Padding { get; init; } = 8;

    /// <summary>Gets the largest share of a wide chart's width that category labels may take before they wrap. Default 0.4.</summary>
    public float MaxLabelShare { get; init; } = 0.4f;

    /// <summary>Gets the pixels per view-box unit of the PNG download. Default 2.</summary>
    public float PngScale { get; init; } = 2;
}
