namespace Csa.Site.Checks;

/// <summary>Names what a link points at once resolved against its page and the base URL.</summary>
public enum LinkKind
{
    /// <summary>Points at a path under the base path of this site; it must resolve to a file.</summary>
    Internal,

    /// <summary>Points at another host over http or https.</summary>
    External,

    /// <summary>Points at this host but outside the base path, which the published site does not own.</summary>
    OutsideBase,

    /// <summary>Uses another scheme (<c>mailto:</c>, <c>tel:</c>, <c>data:</c>, ...), which is not checked.</summary>
    Other,

    /// <summary>Is not a URL at all.</summary>
    Invalid,
}
