using Csa.Site.Statistics.Tests.Testing;

namespace Csa.Site.Statistics.Tests;

public sealed class RankingTests
{
    [Fact]
    public void Rank_gives_the_highest_value_rank_one_by_default()
    {
        // Given 5, 9, 7, 9
        double[] values = [5, 9, 7, 9];

        // When they are ranked
        var ranks = Ranking.Rank(values);

        // Then the two 9s share rank 1, 7 is third and 5 fourth (competition ranking 1, 1, 3, 4)
        Assert.Equal([4, 1, 3, 1], ranks);
    }

    [Fact]
    public void Rank_ascending_gives_the_lowest_value_rank_one()
    {
        // Given 5, 9, 7, 9
        double[] values = [5, 9, 7, 9];

        // When they are ranked lowest first
        var ranks = Ranking.Rank(values, RankOrder.Ascending);

        // Then 5 is first, 7 second, the 9s share third
        Assert.Equal([1, 3, 2, 3], ranks);
    }

    [Theory]
    [InlineData(new double[] { 10, 20, 20, 5 }, new[] { 3, 1, 1, 4 })]
    [InlineData(new double[] { 3, 3, 3 }, new[] { 1, 1, 1 })]
    [InlineData(new double[] { 4, 3, 3, 1 }, new[] { 1, 2, 2, 4 })]
    [InlineData(new double[] { 42 }, new[] { 1 })]
    [InlineData(new double[] { }, new int[] { })]
    public void Rank_shares_the_best_rank_among_ties_and_skips_after(double[] values, int[] expected)
    {
        // Given values with and without ties
        // When they are ranked
        var ranks = Ranking.Rank(values);

        // Then ties share the best rank and the next rank skips the tied places
        Assert.Equal(expected, ranks);
    }

    [Fact]
    public void Rank_puts_stowe_first_for_all_crime_as_the_source_document_does()
    {
        // Given the ALL CRIME column ("Stowe sees the highest rates of crime overall"; Highfield is lowest)
        // When the wards are ranked
        var ranks = Ranking.Rank(LichfieldAssessment.AllCrime);

        // Then Stowe is 1st and Highfield 22nd
        Assert.Equal(1, ranks[Array.IndexOf(LichfieldAssessment.Wards, "Stowe")]);
        Assert.Equal(22, ranks[Array.IndexOf(LichfieldAssessment.Wards, "Highfield")]);
    }

    [Fact]
    public void Top_selects_the_two_highest_burglary_wards_named_in_the_source_document()
    {
        // Given the ward Burglary column ("the wards with the two highest rates ...: Shenstone and Bourne Vale")
        var wards = LichfieldAssessment.Wards.Select((name, i) => (Name: name, Rate: LichfieldAssessment.Burglary[i])).ToArray();

        // When the top two are selected
        var top = Ranking.Top(wards, ward => ward.Rate, 2);

        // Then they are Shenstone (15.5) then Bourne Vale (14.1)
        Assert.Equal(["Shenstone", "Bourne Vale"], top.Select(ranked => ranked.Item.Name));
        Assert.Equal([1, 2], top.Select(ranked => ranked.Rank));
        Assert.Equal(15.5, top[0].Value);
    }

    [Fact]
    public void Top_keeps_tied_items_in_input_order()
    {
        // Given c and a tied on 9, then b on 7 and d on 7
        string[] items = ["d7", "c9", "b7", "a9"];

        // When the top three are selected
        var top = Ranking.Top(items, item => double.Parse(item[1..], System.Globalization.CultureInfo.InvariantCulture), 3);

        // Then ties come in input order: c9, a9 (rank 1), then d7 (rank 3) before b7
        Assert.Equal(["c9", "a9", "d7"], top.Select(ranked => ranked.Item));
        Assert.Equal([1, 1, 3], top.Select(ranked => ranked.Rank));
        Assert.Equal([1, 3, 0], top.Select(ranked => ranked.Index));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(10, 4)]
    public void Top_returns_at_most_the_items_there_are(int count, int expected)
    {
        // Given four items
        double[] values = [1, 2, 3, 4];

        // When the top N are selected
        var top = Ranking.Top(values, value => value, count, RankOrder.Ascending);

        // Then at most N come back, lowest first
        Assert.Equal(expected, top.Count);
        Assert.Equal(values.Take(expected), top.Select(ranked => ranked.Item));
    }

    [Fact]
    public void Rank_and_top_refuse_missing_values_and_negative_counts()
    {
        // Given a NaN value or a negative count
        // When ranking
        // Then nothing is ranked silently
        Assert.Throws<ArgumentException>(() => Ranking.Rank([1, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Top([1.0], value => value, -1));
    }
}
