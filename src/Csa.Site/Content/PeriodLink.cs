namespace Csa.Site.Content;

/// <summary>Links to one period of a page.</summary>
/// <param name="Period">The period as written.</param>
/// <param name="Url">The site-relative URL of that period's page.</param>
public sealed record PeriodLink(string Period, string Url);
