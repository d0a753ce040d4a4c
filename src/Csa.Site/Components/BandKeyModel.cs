namespace Csa.Site.Components;

/// <summary>Feeds <c>components/band-key.html</c>: the notes under a table explaining its band markers and codes.</summary>
/// <param name="Banded">Whether any column is banded (▲ and ▲▲ need explaining).</param>
/// <param name="RowLabel">What the rows are, plural, e.g. <c>wards</c>.</param>
/// <param name="RowCount">How many rows the averages cover.</param>
/// <param name="AboveSds">The SDs above the mean of the "above average" band, formatted, e.g. <c>1</c>.</param>
/// <param name="SignificantSds">The SDs above the mean of the "well above average" band, e.g. <c>2</c>.</param>
/// <param name="Sd">Which standard deviation: <c>sample</c> or <c>population</c>.</param>
/// <param name="ThresholdRows">Whether the table ends with rows giving each column's average and thresholds.</param>
/// <param name="Unbanded">Whether some numeric column is not banded and shows <c>[z]</c> in those rows.</param>
/// <param name="Missing">Whether some cell has no figure and shows <c>[x]</c>.</param>
/// <param name="Wording">The site's words for the notes (from <c>site.yml</c>).</param>
public sealed record BandKeyModel(
    bool Banded,
    string RowLabel,
    int RowCount,
    string AboveSds,
    string SignificantSds,
    string Sd,
    bool ThresholdRows,
    bool Unbanded,
    bool Missing,
    WordingModel Wording);
