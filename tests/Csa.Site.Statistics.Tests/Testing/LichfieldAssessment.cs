namespace Csa.Site.Statistics.Tests.Testing;

/// <summary>
/// Figures quoted from the Lichfield Community Safety Strategic Assessment 2019 (seed 000_edc74bfcfcb4001e.txt).
/// </summary>
internal static class LichfieldAssessment
{
    /// <summary>Gets the estimated population of Lichfield ("an estimated population of 103,965 people").</summary>
    public const double Population = 103_965;

    /// <summary>Gets the ward names of the "Offence rates per 1,000 population, 2018-19" table, in table order.</summary>
    public static readonly string[] Wards =
    [
        "Stowe", "Chasetown", "Bourne Vale", "Chadsmead", "Fazeley", "Shenstone", "Curborough", "Leomansley",
        "Boney Hay & Central", "Summerfield & All Saints", "Chase Terrace", "Whittington & Streethay", "Longdon",
        "Alrewas & Fradley", "Little Aston & Stonnall", "Armitage with Handsacre", "St John's", "Hammerwich with Wall",
        "Mease Valley", "Colton & the Ridwares", "Boley Park", "Highfield",
    ];

    /// <summary>Gets the ALL CRIME column of the ward table, index for index with <see cref="Wards"/>.</summary>
    public static readonly double[] AllCrime =
    [
        182.6, 135.9, 104.2, 77.1, 70.2, 65.2, 59.8, 55.7, 55.5, 54.1, 46.8,
        44.8, 42.0, 41.8, 41.4, 39.6, 38.9, 34.1, 33.7, 33.2, 26.5, 25.5,
    ];

    /// <summary>Gets the Burglary column of the ward table, index for index with <see cref="Wards"/>.</summary>
    public static readonly double[] Burglary =
    [
        10.4, 9.2, 14.1, 2.3, 8.3, 15.5, 1.8, 4.1, 2.8, 3.8, 5.3,
        6.9, 7.3, 3.6, 11.2, 3.9, 5.0, 6.1, 6.1, 4.3, 4.1, 5.2,
    ];

    /// <summary>Gets the Drug Offences column of the ward table, index for index with <see cref="Wards"/>.</summary>
    public static readonly double[] DrugOffences =
    [
        2.2, 3.4, 5.6, 1.3, 1.2, 1.2, 1.2, 1.8, 1.1, 1.2, 0.8,
        1.7, 0.6, 1.2, 0.2, 0.5, 1.9, 0.9, 0.0, 1.1, 0.8, 0.0,
    ];
}
