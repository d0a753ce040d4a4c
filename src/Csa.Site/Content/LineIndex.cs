namespace Csa.Site.Content;

/// <summary>Finds lines of a text by number without scanning it again each time, for quoting many lines of a long page.</summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    /// <summary>Initializes a new instance of the <see cref="LineIndex"/> class.</summary>
    /// <param name="text">The text, with LF line endings.</param>
    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _starts.Add(i + 1);
        }
    }

    /// <summary>Gets the number of lines.</summary>
    public int Count => _starts.Count;

    /// <summary>Returns a 1-based line without its line break, or <see langword="null"/> when there is no such line.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line's text.</returns>
    public string? Line(int line)
    {
        if (line < 1 || line > _starts.Count)
        {
            return null;
        }

        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] - 1 : _text.Length;
        return _text[start..end];
    }

    /// <summary>Returns the zero-based line that holds a character offset.</summary>
    /// <param name="offset">The offset in the text.</param>
    /// <returns>The zero-based line.</returns>
    public int LineOf(int offset)
    {
        var i = _starts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }
}
