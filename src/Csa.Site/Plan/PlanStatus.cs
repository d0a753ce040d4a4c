namespace Csa.Site.Plan;

/// <summary>Names the fixed vocabulary of an action's status, in the order the overview counts them.</summary>
public static class PlanStatus
{
    /// <summary>Gets the statuses an action may have, as written in the actions table.</summary>
    public static IReadOnlyList<string> All { get; } = ["proposed", "on track", "at risk", "done", "stopped"];

    /// <summary>Returns the status's slug for class names: <c>on track</c> → <c>on-track</c>.</summary>
    /// <param name="status">A status of <see cref="All"/>.</param>
    /// <returns>The slug.</returns>
    public static string Slug(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Replace(' ', '-');
    }

    /// <summary>Returns the status in words with a capital: <c>on track</c> → <c>On track</c>.</summary>
    /// <param name="status">A status of <see cref="All"/>.</param>
    /// <returns>The words.</returns>
    public static string Words(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Length == 0 ? status : char.ToUpperInvariant(status[0]) + status[1..];
    }

    /// <summary>Returns the symbol drawn before the words (never the only sign): <c>done</c> → <c>✓</c>.</summary>
    /// <param name="status">A status of <see cref="All"/>.</param>
    /// <returns>The symbol.</returns>
    public static string Icon(string status) => status switch
    {
        "on track" => "▶",
        "at risk" => "!",
        "done" => "✓",
        "stopped" => "✕",
        _ => "○",
    };
}
