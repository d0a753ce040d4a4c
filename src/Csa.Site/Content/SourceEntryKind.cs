namespace Csa.Site.Content;

/// <summary>Names what a name in a content or theme folder is.</summary>
public enum SourceEntryKind
{
    /// <summary>A regular file: read and published.</summary>
    File,

    /// <summary>A folder: walked.</summary>
    Folder,

    /// <summary>A symbolic link: never followed, since it may lead outside the folder.</summary>
    SymbolicLink,

    /// <summary>A FIFO, socket or device: never read, since reading it may block forever or never end.</summary>
    Special,
}
