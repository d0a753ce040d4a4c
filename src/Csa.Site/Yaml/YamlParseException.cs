namespace Csa.Site.Yaml;

/// <summary>Reports YAML that does not parse, with the 1-based position of the problem in the parsed text.</summary>
public sealed class YamlParseException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="YamlParseException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line in the parsed text.</param>
    /// <param name="column">The 1-based column in the parsed text.</param>
    public YamlParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>Gets the 1-based line of the problem in the parsed text.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem in the parsed text.</summary>
    public int Column { get; }
}
