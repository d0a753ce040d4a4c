using System.Globalization;
using Csa.Site.Diagnostics;

namespace Csa.Site.Charts;

/// <summary>Reads the values of single settings: text, whole numbers, lists, mappings, series and reference lines.</summary>
public sealed partial class ChartSpecReader
{
    private string? Text(string key, string? requiredHint)
    {
        if (!_map.Values.TryGetValue(key, out var value) || value is null)
        {
            if (requiredHint is not null)
            {
                Problem(0, DiagnosticCodes.BadChartSetting, $"the chart block has no '{key}:' ({requiredHint})");
            }

            return null;
        }

        var text = ScalarText(value);
        if (text is null || text.Trim().Length == 0)
        {
            Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"'{key}:' must be text, not {Describe(value)}");
            return null;
        }

        return text.Trim();
    }

    private int? PositiveInteger(string key)
    {
        if (!_map.Values.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        if (value is long n and > 0 and <= int.MaxValue)
        {
            return (int)n;
        }

        Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"'{key}:' must be a whole number above 0, not {Describe(value)}");
        return null;
    }

    private List<string> TextList(string key)
    {
        if (!_map.Values.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }

        var items = value is List<object?> list ? list : [value];
        var texts = items.Select(ScalarText).ToList();
        if (texts.Any(t => t is null))
        {
            Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"'{key}:' must be a list of names, e.g. [Stowe, Chasetown]");
            return [];
        }

        return [.. texts.Select(t => t!)];
    }

    private Dictionary<string, string> TextMap(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!_map.Values.TryGetValue(key, out var value) || value is null)
        {
            return result;
        }

        if (value is not Dictionary<string, object?> map || map.Values.Any(v => ScalarText(v) is null))
        {
            Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"'{key}:' must map fields to values, e.g. {{category: Victim-based offences}}");
            return result;
        }

        foreach (var (field, text) in map)
        {
            result[field] = ScalarText(text)!;
        }

        return result;
    }

    private List<ChartSeriesSpec> SeriesList(string key, bool required)
    {
        if (!_map.Values.TryGetValue(key, out var value) || value is null)
        {
            if (required)
            {
                Problem(0, DiagnosticCodes.BadChartSetting, $"the chart block has no '{key}:' (the numeric fields to draw, e.g. [csp_area, force_wide])");
            }

            return [];
        }

        var result = new List<ChartSeriesSpec>();
        foreach (var item in value is List<object?> list ? list : [value])
        {
            if (ScalarText(item) is { } field)
            {
                result.Add(new ChartSeriesSpec(field, null));
            }
            else if (item is Dictionary<string, object?> map && ScalarText(map.GetValueOrDefault(ChartKeys.Field)) is { } named
                && map.Keys.All(k => k is ChartKeys.Field or ChartKeys.Label))
            {
                result.Add(new ChartSeriesSpec(named, ScalarText(map.GetValueOrDefault(ChartKeys.Label))));
            }
            else
            {
                Problem(_map.LineOf(key), DiagnosticCodes.BadChartSetting, $"each of '{key}:' must be a field name or {{field: NAME, label: TEXT}}");
                return [];
            }
        }

        return result;
    }

    private List<ChartReferenceSpec> ReadReferences()
    {
        if (!_map.Values.TryGetValue(ChartKeys.Reference, out var value) || value is null)
        {
            return [];
        }

        var result = new List<ChartReferenceSpec>();
        foreach (var item in value is List<object?> list ? list : [value])
        {
            var reference = ScalarText(item) switch
            {
                ChartKeys.Mean => new ChartReferenceSpec(ChartReferenceKind.Mean, null, null),
                ChartKeys.PlusOneSd => new ChartReferenceSpec(ChartReferenceKind.Above, null, null),
                ChartKeys.PlusTwoSd => new ChartReferenceSpec(ChartReferenceKind.WellAbove, null, null),
                _ => Comparator(item),
            };
            if (reference is null)
            {
                Problem(_map.LineOf(ChartKeys.Reference), DiagnosticCodes.BadChartSetting,
                    $"each reference must be mean, +1sd, +2sd or {{label: TEXT, value: NUMBER}}, not {Describe(item)}");
                return [];
            }

            result.Add(reference);
        }

        return result;
    }

    private static ChartReferenceSpec? Comparator(object? item)
    {
        if (item is not Dictionary<string, object?> map || map.Count != 2 || ScalarText(map.GetValueOrDefault(ChartKeys.Label)) is not { } label)
        {
            return null;
        }

        return map.GetValueOrDefault(ChartKeys.Value) switch
        {
            long l => new ChartReferenceSpec(ChartReferenceKind.Comparator, label, l),
            double d when double.IsFinite(d) => new ChartReferenceSpec(ChartReferenceKind.Comparator, label, d),
            _ => null,
        };
    }

    private static string? ScalarText(object? value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => null,
    };

    private static string Describe(object? value) => value switch
    {
        List<object?> => "a list",
        Dictionary<string, object?> => "a mapping",
        null => "nothing",
        _ => $"'{ScalarText(value)}'",
    };

    private static bool IsIdentifier(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
