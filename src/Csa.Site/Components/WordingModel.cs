namespace Csa.Site.Components;

/// <summary>Holds the sentences the engine prints that a site may word for itself (<c>wording:</c> in <c>site.yml</c>).</summary>
/// <remarks>The defaults name no document. Example <c>site.yml</c>:
/// <code>
/// wording:
///   missing_value: the 2019 assessment does not give this figure.
///   well_above_note: The assessment calls this “significantly above average”.
/// </code></remarks>
public sealed record WordingModel
{
    /// <summary>Gets the default wording.</summary>
    public static WordingModel Default { get; } = new();

    /// <summary>Gets what <c>[x]</c> in a table means, after "[x] not available:".</summary>
    public string MissingValue { get; init; } = "there is no figure for this.";

    /// <summary>Gets what <c>{{ figure }}</c> and <c>{{ mean }}</c> print when there is no figure.</summary>
    public string NotPublished { get; init; } = "not published";

    /// <summary>Gets an optional sentence after the explanation of "well above average", e.g. what the source calls the band.</summary>
    public string? WellAboveNote { get; init; }
}
