using System.Globalization;
using Csa.Site.Content;
using Csa.Site.Diagnostics;
using Csa.Site.Tables;

namespace Csa.Site.Plan;

/// <summary>Checks the rows of the plan's tables and reads them into actions and measures, reporting each broken rule at its cell.</summary>
internal sealed class PlanRowChecks
{
    private readonly IReadOnlyList<PlanHeading> _headings;
    private readonly DataTable? _indicators;
    private readonly DiagnosticBag _diagnostics;

    public PlanRowChecks(IReadOnlyList<PlanHeading> headings, DataTable? indicators, DiagnosticBag diagnostics)
    {
        _headings = headings;
        _indicators = indicators;
        _diagnostics = diagnostics;
    }

    public List<PlanMeasure> Measures(DataTable table)
    {
        var cells = new Cells(table);
        var result = new List<PlanMeasure>();
        foreach (var row in table.Rows)
        {
            var priority = cells.Text(row, "priority") ?? string.Empty;
            CheckPriority(table, row, priority);
            var indicator = cells.Text(row, "indicator") ?? string.Empty;
            if (_indicators is not null && _indicators.Find(indicator) is null)
            {
                Fail(table, row, "indicator", $"unknown indicator '{indicator}': it is not a key of the table '{_indicators.Resource.Name}'");
            }

            var direction = cells.Text(row, "direction");
            if (direction is not null && !PlanReader.Directions.Contains(direction))
            {
                Fail(table, row, "direction", $"direction '{direction}' is not one of: {string.Join(", ", PlanReader.Directions)} (leave it empty where the plan states none)");
            }

            var target = cells.Text(row, "target");
            if (target is not null && direction is null)
            {
                Fail(table, row, "target", $"target '{target}' has no direction: say whether the plan wants an increase or a decrease");
            }

            result.Add(new PlanMeasure(
                table.KeyOf(row), priority, indicator, cells.Text(row, "measure") ?? string.Empty, cells.Text(row, "unit"),
                cells.Text(row, "baseline") ?? string.Empty, cells.Text(row, "baseline_period"), cells.Text(row, "latest"), cells.Text(row, "latest_period"),
                direction, target, cells.Text(row, "notes")));
        }

        return result;
    }

    public List<PlanAction> Actions(DataTable table, IReadOnlyList<PlanMeasure> measures)
    {
        var cells = new Cells(table);
        var result = new List<PlanAction>();
        foreach (var row in table.Rows)
        {
            var priority = cells.Text(row, "priority") ?? string.Empty;
            CheckPriority(table, row, priority);
            var status = cells.Text(row, "status") ?? string.Empty;
            if (!PlanStatus.All.Contains(status))
            {
                Fail(table, row, "status", $"status '{status}' is not one of: {string.Join(", ", PlanStatus.All)}");
            }

            var start = Date(table, row, "start");
            var due = Date(table, row, "due");
            if (start is { } s && due is { } d && d < s)
            {
                Fail(table, row, "due", $"due date {d:yyyy-MM-dd} is before the start date {s:yyyy-MM-dd}");
            }

            var measure = cells.Text(row, "measure");
            if (measure is not null && measures.All(m => m.Id != measure))
            {
                Fail(table, row, "measure", $"unknown measure '{measure}': it is not an id of the measures table");
            }

            result.Add(new PlanAction(
                table.KeyOf(row), priority, cells.Text(row, "action") ?? string.Empty, cells.Text(row, "lead"), cells.Text(row, "partners"),
                start, due, status, measure, cells.Text(row, "notes"), row.Line));
        }

        return result;
    }

    private void CheckPriority(DataTable table, DataRow row, string priority)
    {
        if (_headings.All(h => h.Id != priority))
        {
            Fail(table, row, "priority", $"unknown priority '{priority}'; the plan's priorities and headings are: {string.Join(", ", _headings.Select(h => h.Id))}");
        }
    }

    private DateOnly? Date(DataTable table, DataRow row, string field)
    {
        var index = table.Resource.Schema.IndexOf(field);
        if (index < 0 || row.Values[index] is null)
        {
            return null;
        }

        if (row.Values[index] is DateOnly date)
        {
            return date;
        }

        if (DateOnly.TryParseExact(row.Raw[index], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        Fail(table, row, field, $"'{row.Raw[index]}' is not a date written YYYY-MM-DD");
        return null;
    }

    private void Fail(DataTable table, DataRow row, string field, string message)
    {
        var text = SourceText.Line(table.CsvText, row.Line) ?? string.Empty;
        var index = table.Resource.Schema.IndexOf(field);
        _diagnostics.Error(table.SitePath, row.Line, index < 0 ? 1 : CsvColumns.ColumnOf(text, table.SourceIndex(index)), DiagnosticCodes.BadPlanData, $"field '{field}': {message}", text);
    }

    private sealed class Cells(DataTable table)
    {
        public string? Text(DataRow row, string field)
        {
            var index = table.Resource.Schema.IndexOf(field);
            return index < 0 || row.Values[index] is null ? null : row.Raw[index];
        }
    }
}
