namespace Csa.Site.Tables;

#pragma warning disable CA1720 // The members are the Frictionless Table Schema type names.

/// <summary>Names the Table Schema field types the engine understands.</summary>
public enum FieldType
{
    /// <summary>Text, e.g. a ward name.</summary>
    String,

    /// <summary>A decimal number, e.g. a rate per 1,000 (<c>21.7</c>).</summary>
    Number,

    /// <summary>A whole number, e.g. a count (<c>2250</c>).</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A date written <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A year, e.g. <c>2019</c>.</summary>
    Year,
}
