namespace Csa.Site.Checks;

/// <summary>Names the ways a check report can be written.</summary>
public enum CheckFormat
{
    /// <summary>Writes one readable line per problem, then the external links and a summary.</summary>
    Text,

    /// <summary>Writes one JSON document with the problems, the external links and the counts.</summary>
    Json,

    /// <summary>Writes GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>), one per problem.</summary>
    GitHub,
}
