using System.Globalization;
using Csa.Site.Components;
using Csa.Site.Tables;
using Scriban.Runtime;

namespace Csa.Site.Templates;

/// <summary>Provides <c>note</c>: the site's own note where the source's words disagree with its own figures.</summary>
/// <remarks><c>{{ note "low rates of crime and ASB overall" "Its own table gives {0} crimes per 1,000 people." [(figure 'ward-offence-rates' 'Shenstone' 'all_crime')] }}</c>
/// → a note quoting the source's words, then "Its own table gives 65.2 crimes per 1,000 people." The figures come from the
/// data functions, so the note never states a number the data does not hold.</remarks>
public sealed partial class DataFunctions
{
    private RawHtml Note(string said, string text, ScriptArray? figures = null)
    {
        ArgumentNullException.ThrowIfNull(said);
        ArgumentNullException.ThrowIfNull(text);
        var values = (figures ?? []).Select(f => Convert.ToString(f, CultureInfo.InvariantCulture) ?? string.Empty).ToArray<object?>();
        string filled;
        try
        {
            filled = string.Format(CultureInfo.InvariantCulture, text, values);
        }
        catch (FormatException)
        {
            throw new DataReferenceException($"the note's text names a figure ({{0}}, {{1}}, ...) that is not in its list of {values.Length} figures, or has an unmatched '{{' or '}}'");
        }

        return _components.Render(ComponentNames.Note, new NoteModel(said, filled));
    }
}
