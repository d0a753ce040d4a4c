namespace Csa.Site.Components;

/// <summary>Why the engine's reflection through Scriban is safe in a trimmed, native build of the tool.</summary>
internal static class TemplateReflection
{
    /// <summary>Scriban imports template functions from delegates and reads view models' properties by reflection. A native
    /// build (PublishAot) keeps every member of this assembly and of Scriban whole (TrimmerRootAssembly in the CLI project),
    /// so nothing those imports reach is trimmed; CI compares the native binary's site with the JIT build's byte for byte.</summary>
    public const string Kept = "Template functions and view models are kept whole: the native build roots this assembly and Scriban.";
}
