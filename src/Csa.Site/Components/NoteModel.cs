namespace Csa.Site.Components;

/// <summary>Feeds <c>components/note.html</c>: a note in the site's own words where the source's words disagree with its
/// own figures, quoting the source and stating the figures.</summary>
/// <param name="Said">What the source says, quoted as printed.</param>
/// <param name="Text">The site's note, with the figures filled in.</param>
public sealed record NoteModel(string Said, string Text);
