using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Csa.Site.Narrative;

/// <summary>Renders Markdown pipe tables for a public-sector site: column headers with <c>scope="col"</c>, alignment as
/// classes (<c>num</c>, <c>centre</c>) because the Content-Security-Policy blocks inline styles, and each table inside a
/// labelled, focusable region that scrolls sideways on its own, so a wide table never makes the page scroll.</summary>
/// <remarks>The region's label is "Table: " and the nearest heading above the table, or "Table" when there is none.</remarks>
public sealed class AccessibleTableRenderer : HtmlObjectRenderer<Table>
{
    /// <summary>Gets the class of the scrolling region around each table (the same as data tables use).</summary>
    public const string WrapperClass = "table-wrap";

    /// <summary>Gets the class of right-aligned (numeric) cells.</summary>
    public const string NumericClass = "num";

    /// <summary>Gets the class of centred cells.</summary>
    public const string CentreClass = "centre";

    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(table);
        renderer.EnsureLine();
        renderer.Write($"<div class=\"{WrapperClass}\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(Label(table)).WriteLine("\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var inHead = false;
        var inBody = false;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader && !inHead && !inBody)
            {
                renderer.WriteLine("<thead>");
                inHead = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                renderer.WriteLine(inHead ? "</thead>\n<tbody>" : "<tbody>");
                inHead = false;
                inBody = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            for (var i = 0; i < row.Count; i++)
            {
                WriteCell(renderer, table, row, (TableCell)row[i], i);
            }

            renderer.WriteLine("</tr>");
        }

        renderer.WriteLine(inBody ? "</tbody>" : inHead ? "</thead>" : string.Empty);
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableRow row, TableCell cell, int position)
    {
        // As Markdig does: a cell without a column index takes its position in the row.
        var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= table.ColumnDefinitions.Count ? position : cell.ColumnIndex;
        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
        var attributes = cell.GetAttributes();
        if (alignment == TableColumnAlign.Right)
        {
            attributes.AddClass(NumericClass);
        }
        else if (alignment == TableColumnAlign.Center)
        {
            attributes.AddClass(CentreClass);
        }

        renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
        if (cell.ColumnSpan != 1)
        {
            renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
        }

        renderer.WriteAttributes(cell).Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
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
