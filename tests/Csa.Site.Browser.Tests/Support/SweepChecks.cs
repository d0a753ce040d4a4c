namespace Csa.Site.Browser.Tests.Support;

/// <summary>Names the checks the page sweep runs on every page; a site chooses the ones that say something about it.</summary>
[Flags]
public enum SweepChecks
{
    /// <summary>No check.</summary>
    None = 0,

    /// <summary>Requests stay on the origin and under the base path, none fails, the console stays clean.</summary>
    Requests = 1,

    /// <summary>One h1, a unique title, landmarks, language and metadata.</summary>
    Structure = 2,

    /// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
    Axe = 4,

    /// <summary>The skip link is the first tab stop and moves focus to main; every tab stop shows a focus indicator.</summary>
    Keyboard = 8,

    /// <summary>No sideways scrolling at 320 px, nor with text at 200 %.</summary>
    Reflow = 16,

    /// <summary>Print hides navigation, prints link addresses and keeps tables and figures whole.</summary>
    Print = 32,

    /// <summary>On a 320 × 568 phone: a short header, the page's words on the first screen, tables that keep their row labels.</summary>
    Phone = 64,

    /// <summary>Printed on A4, portrait or landscape, no table is wider than the page.</summary>
    A4 = 128,

    /// <summary>Every check.</summary>
    All = Requests | Structure | Axe | Keyboard | Reflow | Print | Phone | A4,
}
