using Csa.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Csa.Site.Tables;

/// <summary>Reports descriptor problems at the line of the YAML node they concern.</summary>
internal sealed class DescriptorErrors
{
    private readonly string _sitePath;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;

    public DescriptorErrors(string sitePath, string text, DiagnosticBag diagnostics)
    {
        _sitePath = sitePath;
        _text = text;
        _diagnostics = diagnostics;
    }

    public int Count { get; private set; }

    public void At(YamlNode? node, string message)
    {
        var line = node is null ? 1 : (int)node.Start.Line;
        var column = node is null ? 1 : (int)node.Start.Column;
        _diagnostics.Error(_sitePath, line, column, DiagnosticCodes.BadDataDescriptor, message, Content.SourceText.Line(_text, line));
        Count++;
    }
}
