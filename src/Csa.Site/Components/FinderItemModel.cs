namespace Csa.Site.Components;

/// <summary>One row of a finder.</summary>
/// <param name="Name">The row's key, e.g. a ward's name.</param>
/// <param name="Url">The row's page (with the base path).</param>
/// <param name="Line">Where the row stands out among the others, in words: its highest band, else its highest rank.</param>
public sealed record FinderItemModel(string Name, string Url, string Line);
