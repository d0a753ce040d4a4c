namespace Csa.Site.Tables;

/// <summary>Finds the character column where a cell starts in a CSV line, so a diagnostic can point at it.</summary>
/// <remarks>Only positions diagnostics; the CSV itself is parsed by Sep.</remarks>
internal static class CsvColumns
{
    public static int ColumnOf(string line, int fieldIndex)
    {
        var field = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (field == fieldIndex)
            {
                return i + 1;
            }

            switch (line[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    field++;
                    break;
            }
        }

        return field == fieldIndex ? line.Length + 1 : 1;
    }
}
