using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Csa.Site.Diagnostics;

namespace Csa.Site.Content;

/// <summary>Provides small helpers over source text: strict UTF-8 reading, newline normalisation and line lookup.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a regular file as strict UTF-8 with LF line endings; a link, special file or invalid byte is reported, never replaced.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="sitePath">The file as shown in diagnostics.</param>
    /// <param name="diagnostics">Where a problem is reported (<c>CSA0005</c> or <c>CSA0006</c>).</param>
    /// <returns>The text, or <see langword="null"/> when it was reported.</returns>
    public static string? Read(string fullPath, string sitePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!SourceTree.IsRegularFile(fullPath))
        {
            diagnostics.Error(sitePath, 0, 0, DiagnosticCodes.RefusedFile, "not a regular file (a symbolic link, folder, FIFO or device); it is not read");
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
        var problem = Utf8Problem(bytes);
        if (problem is { } p)
        {
            diagnostics.Error(sitePath, p.Line, p.Column, DiagnosticCodes.NotUtf8, p.Message);
            return null;
        }

        return Normalize(_strictUtf8.GetString(bytes));
    }

    /// <summary>Finds the first byte that is not valid UTF-8, with its line and column, or says the file is UTF-16.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The place and message, or <see langword="null"/> when the bytes are valid UTF-8.</returns>
    public static (int Line, int Column, string Message)? Utf8Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return (1, 1, "the file is UTF-16; save it as UTF-8");
        }

        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            var lineStart = bytes[..read].LastIndexOf((byte)'\n') + 1;
            var line = bytes[..read].Count((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(bytes[lineStart..read]) + 1;
            var message = string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8: byte 0x{bytes[read]:X2} at byte offset {read}; save it as UTF-8");
            return (line, column, message);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Normalises CRLF and CR line endings to LF and removes a byte-order mark.</summary>
    /// <param name="text">The text as read.</param>
    /// <returns>The text with LF line endings.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>Returns the text of a 1-based line, or <see langword="null"/> when out of range.</summary>
    /// <param name="text">The text, with LF line endings.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The line without its newline.</returns>
    public static string? Line(string text, int line) => SourceFiles.LineOf(text, line);
}
