namespace Csa.Site.Components;

/// <summary>Feeds one status of the plan's vocabulary: its words, class slug and symbol.</summary>
/// <param name="Words">The status in words with a capital (<c>At risk</c>).</param>
/// <param name="Slug">The status for class names (<c>at-risk</c>).</param>
/// <param name="Icon">The symbol shown before the words.</param>
public sealed record PlanStatusModel(string Words, string Slug, string Icon);
