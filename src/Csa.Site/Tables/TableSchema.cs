namespace Csa.Site.Tables;

/// <summary>Describes a table's columns, primary key and missing-value markers, in the shape of a Frictionless Table Schema.</summary>
/// <param name="Fields">The columns, in CSV order.</param>
/// <param name="PrimaryKey">The fields whose values identify a row (one or more).</param>
/// <param name="MissingValues">The markers that mean "no value", e.g. <c>..</c>; an empty cell is missing too.</param>
public sealed record TableSchema(IReadOnlyList<TableField> Fields, IReadOnlyList<string> PrimaryKey, IReadOnlyList<string> MissingValues)
{
    /// <summary>Returns the index of a field by name, or -1.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
