using Csa.Site.Tables;

namespace Csa.Site.Tests.Tables;

/// <summary>Checks a row's rank in words: the last is "lowest", never "9th highest" of nine (issue #23).</summary>
public sealed class RowRankTests
{
    [Theory]
    [InlineData(1, 1, 9, "highest")]
    [InlineData(2, 1, 9, "2nd highest")]
    [InlineData(18, 2, 22, "joint 18th highest")]
    [InlineData(9, 1, 9, "lowest")]
    [InlineData(8, 2, 9, "joint lowest")]
    [InlineData(1, 3, 3, "joint highest")]
    public void Words_name_the_place_as_people_say_it(int rank, int tied, int of, string expected)
    {
        // When
        var words = new RowRank(rank, tied, of).Words;

        // Then
        Assert.Equal(expected, words);
    }
}
