using System.Globalization;
using Csa.Site.Diagnostics;
using Csa.Site.Yaml;

namespace Csa.Site.Charts;

/// <summary>Reads the values of single settings: text, whole numbers, lists, mappings, series and reference lines.</summary>
public sealed partial class ChartSpecReader
{
    private string? Text(string key, string? requiredHint)
    {
        if (_map.Get(key) is null)
        {
            if (requiredHint is not null)
            {
                Problem(0, DiagnosticCodes.BadChartSetting, $"the chart block has no '{key}:' ({requiredHint})");
            }

            return null;
        }

        return _settings.Text(key, nonBlank: true)?.Trim();
    }

    private int? PositiveInteger(string key) => _settings.WholeNumber(key, "a whole number above 0", min: 1);

    private List<string> TextList(string key) => [.. _settings.TextList(key, "a list of names (e.g. [Stowe, Chasetown])")];

    private Dictionary<string, string> TextMap(string key) =>
        new(_settings.TextMap(key, "a mapping of fields to values (e.g. {category: Victim-based offences})") ?? new Dictionary<string, string>(), StringComparer.Ordinal);

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

    private static string? ScalarText(object? value) => YamlSettings.ScalarText(value);

    private static string Describe(object? value) => YamlSettings.Describe(value);

    private static bool IsIdentifier(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
