namespace Csa.Site.Charts;

/// <summary>Names the point markers; each series of a line chart has its own, so series differ by shape, not colour alone.</summary>
public enum MarkerShape
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled triangle pointing up.</summary>
    Triangle,

    /// <summary>A filled diamond.</summary>
    Diamond,
}
