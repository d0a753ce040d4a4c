namespace Csa.Site.Tables;

/// <summary>Reports a reference to a table, row or field that does not exist, from a template or page.</summary>
public sealed class DataReferenceException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DataReferenceException"/> class.</summary>
    public DataReferenceException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DataReferenceException"/> class.</summary>
    /// <param name="message">What was asked for and what exists.</param>
    public DataReferenceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DataReferenceException"/> class.</summary>
    /// <param name="message">What was asked for and what exists.</param>
    /// <param name="innerException">The cause.</param>
    public DataReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
