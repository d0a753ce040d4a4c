namespace Csa.Site.Statistics.Tests;

public sealed class BandOptionsTests
{
    [Fact]
    public void Default_follows_the_source_documents_footnote()
    {
        // Given the default options
        var options = BandOptions.Default;

        // When they are read
        // Then above = mean + 1 SD, significant = mean + 2 SD, with a sample (n − 1) SD
        Assert.Equal(1, options.AboveSds);
        Assert.Equal(2, options.SignificantSds);
        Assert.Equal(StandardDeviationKind.Sample, options.Kind);
        Assert.Equal(options, new BandOptions());
    }

    [Fact]
    public void Validate_accepts_equal_thresholds_and_rejects_unknown_kinds()
    {
        // Given equal thresholds, and an undefined standard deviation kind
        var equal = new BandOptions { AboveSds = 1.5, SignificantSds = 1.5 };
        var unknown = new BandOptions { Kind = (StandardDeviationKind)9 };

        // When they are validated
        var error = Record.Exception(equal.Validate);

        // Then equal thresholds are allowed and the unknown kind is refused
        Assert.Null(error);
        Assert.Throws<ArgumentOutOfRangeException>(unknown.Validate);
    }
}
