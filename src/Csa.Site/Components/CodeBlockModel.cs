namespace Csa.Site.Components;

/// <summary>Describes a block of code shown as written, for the <c>code-block</c> component: a chart block that was not drawn.</summary>
/// <param name="Language">The block's info string, e.g. <c>chart</c>.</param>
/// <param name="Code">The text between the fences, lines joined with LF.</param>
public sealed record CodeBlockModel(string Language, string Code);
