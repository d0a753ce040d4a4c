using Csa.Site.Components;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Csa.Site.Narrative;

/// <summary>Renders Markdown pipe tables through <c>components/markdown-table.html</c>: column headers with <c>scope="col"</c>,
/// alignment as classes (the Content-Security-Policy blocks inline styles), and each table inside a labelled, focusable
/// region that scrolls sideways on its own, so a wide table never makes the page scroll.</summary>
/// <remarks>The region's label is "Table: " and the nearest heading above the table, or "Table" when there is none.
/// Each cell's Markdown is rendered by the page's own renderer, so links and abbreviations in cells work as elsewhere.</remarks>
public sealed class AccessibleTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly ComponentRenderer _components;

    /// <summary>Initializes a new instance of the <see cref="AccessibleTableRenderer"/> class.</summary>
    /// <param name="components">The theme's components.</param>
    public AccessibleTableRenderer(ComponentRenderer components)
    {
        _components = components;
    }

    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(table);
        var head = new List<MarkdownRowModel>();
        var body = new List<MarkdownRowModel>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<MarkdownCellModel>();
            for (var i = 0; i < row.Count; i++)
            {
                cells.Add(Cell(renderer, table, (TableCell)row[i], i));
            }

            // As Markdig does: header rows after the first body row are rendered as body rows.
            (row.IsHeader && body.Count == 0 ? head : body).Add(new MarkdownRowModel(cells));
        }

        var attributes = table.TryGetAttributes();
        var classes = attributes?.Classes is { Count: > 0 } list ? string.Join(' ', list) : null;
        var model = new MarkdownTableModel(Label(table), attributes?.Id, classes, head, body);
        renderer.EnsureLine();
        renderer.Write(_components.Render(ComponentNames.MarkdownTable, model).Html);
    }

    private static MarkdownCellModel Cell(HtmlRenderer renderer, Table table, TableCell cell, int position)
    {
        // As Markdig does: a cell without a column index takes its position in the row.
        var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= table.ColumnDefinitions.Count ? position : cell.ColumnIndex;
        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
        var align = alignment switch
        {
            TableColumnAlign.Right => "numeric",
            TableColumnAlign.Center => "centre",
            _ => null,
        };

        // Render the cell's Markdown with the page's renderer into a string of its own.
        var writer = renderer.Writer;
        using var cellWriter = new StringWriter();
        renderer.Writer = cellWriter;
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.Writer = writer;
        return new MarkdownCellModel(new RawHtml(cellWriter.ToString().Trim()), align, cell.ColumnSpan);
    }

    private static string Label(Table table)
    {
        // The nearest heading before the table, at any level of nesting.
        Block current = table;
        while (current.Parent is { } parent)
        {
            for (var i = parent.IndexOf(current) - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return "Table: " + NarrativeRenderer.PlainText(heading.Inline);
                }
            }

            current = parent;
        }

        return "Table";
    }
}
