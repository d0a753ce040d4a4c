namespace Csa.Site.Components;

/// <summary>Names the components the engine renders; each is <c>components/NAME.html</c> in the theme.</summary>
public static class ComponentNames
{
    /// <summary>A data table (<see cref="DataTableModel"/>).</summary>
    public const string Table = "table";

    /// <summary>One row against all rows (<see cref="ProfileModel"/>).</summary>
    public const string Profile = "profile";

    /// <summary>The notes under a table explaining band markers and codes (<see cref="BandKeyModel"/>).</summary>
    public const string BandKey = "band-key";

    /// <summary>Which measures of one row are above the others, in words (<see cref="BandSummaryModel"/>).</summary>
    public const string BandSummary = "band-summary";

    /// <summary>A list of download links (<see cref="DownloadsModel"/>).</summary>
    public const string Downloads = "downloads";

    /// <summary>A chart figure (<see cref="ChartFigureModel"/>).</summary>
    public const string ChartFigure = "chart-figure";

    /// <summary>A pipe table from a page's Markdown (<see cref="MarkdownTableModel"/>).</summary>
    public const string MarkdownTable = "markdown-table";

    /// <summary>"What we will do": one priority's plan actions (<see cref="PlanActionsModel"/>).</summary>
    public const string PlanActions = "plan-actions";

    /// <summary>"How we will know": one priority's plan measures (<see cref="PlanMeasuresModel"/>).</summary>
    public const string PlanMeasures = "plan-measures";

    /// <summary>The plan overview: actions by status for every priority (<see cref="PlanOverviewModel"/>).</summary>
    public const string PlanOverview = "plan-overview";

    /// <summary>The whole plan as one document: contents, then every page (<see cref="PrintDocumentModel"/>).</summary>
    public const string PrintDocument = "print-document";

    /// <summary>An abbreviation marked with its expansion, at its first use on a page (<see cref="AbbreviationModel"/>).</summary>
    public const string Abbreviation = "abbr";

    /// <summary>The schema.org description of the site's datasets for search engines (<see cref="DatasetJsonLdModel"/>).</summary>
    public const string DatasetJsonLd = "dataset-jsonld";

    /// <summary>A block of code shown as written, e.g. a chart block that was not drawn (<see cref="CodeBlockModel"/>).</summary>
    public const string CodeBlock = "code-block";

    /// <summary>A short list of a table's rows with a filter box (<see cref="FinderModel"/>).</summary>
    public const string Finder = "finder";

    /// <summary>The site's note where the source's words disagree with its figures (<see cref="NoteModel"/>).</summary>
    public const string Note = "note";

    /// <summary>"Where these figures come from" at the end of a page (<see cref="FigureSourcesModel"/>).</summary>
    public const string FigureSources = "figure-sources";

    /// <summary>Every row of a table on the data page, each with an id (<see cref="DataRowsModel"/>).</summary>
    public const string DataRows = "data-rows";

    /// <summary>A measure of a table of several periods compared between two periods (<see cref="PeriodChangeModel"/>).</summary>
    public const string PeriodChange = "period-change";

    /// <summary>Gets every component name.</summary>
    public static IReadOnlyList<string> All { get; } = [Table, Profile, BandKey, BandSummary, Downloads, ChartFigure, MarkdownTable, PlanActions, PlanMeasures, PlanOverview, PrintDocument, Abbreviation, DatasetJsonLd, CodeBlock, Finder, Note, FigureSources, DataRows, PeriodChange];
}
