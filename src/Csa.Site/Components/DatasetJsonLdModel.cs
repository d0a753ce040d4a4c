namespace Csa.Site.Components;

/// <summary>Holds the schema.org <c>Dataset</c> descriptions of the site's tables, for the <c>dataset-jsonld</c> component.</summary>
/// <param name="Json">The JSON-LD, printed as it is: every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote in a value is a
/// <c>\u</c> escape, so it cannot end the <c>script</c> element it is printed in.</param>
/// <param name="Datasets">The number of datasets it describes.</param>
public sealed record DatasetJsonLdModel(RawHtml Json, int Datasets);
