namespace Csa.Site.Components;

/// <summary>Describes an abbreviation at its first use on a page, for the <c>abbr</c> component.</summary>
/// <param name="Abbreviation">The abbreviation as written, e.g. <c>ASB</c>.</param>
/// <param name="Expansion">What it stands for, from <c>abbreviations:</c> in <c>site.yml</c>, e.g. <c>anti-social behaviour</c>.</param>
public sealed record AbbreviationModel(string Abbreviation, string Expansion);
