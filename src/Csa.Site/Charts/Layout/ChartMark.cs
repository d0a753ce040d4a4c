namespace Csa.Site.Charts;

/// <summary>Describes one thing drawn in a chart; each mark becomes exactly one SVG element, in order.</summary>
public abstract record ChartMark
{
    /// <summary>Gets the mark's CSS classes (from <see cref="ChartClasses"/>), which also name its role in tests.</summary>
    public required string Role { get; init; }

    /// <summary>Gets the category or series the mark stands for, written as <c>data-label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the value the mark stands for, written as <c>data-value</c>.</summary>
    public double? Value { get; init; }
}
