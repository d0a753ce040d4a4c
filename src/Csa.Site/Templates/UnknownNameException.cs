using Scriban.Parsing;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Reports a variable, function or member a template names that does not exist, with the names near it.</summary>
internal sealed class UnknownNameException : ScriptRuntimeException
{
    public UnknownNameException(SourceSpan span, string message)
        : base(span, message)
    {
    }

    /// <summary>Describes an unknown variable or function.</summary>
    public static UnknownNameException Variable(SourceSpan span, string name, IEnumerable<string> known) =>
        new(span, $"there is no variable or function '{name}'" + Suggest(name, known, string.Empty));

    /// <summary>Describes an unknown member of an object.</summary>
    public static UnknownNameException Member(SourceSpan span, string target, string name, IReadOnlyCollection<string> known) =>
        new(span, $"'{target}' has no '{name}'" + Suggest(name, known, target + "."));

    private static string Suggest(string name, IEnumerable<string> known, string prefix)
    {
        var names = known.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToList();
        var near = NearbyNames.Find(name, names);
        if (near.Count > 0)
        {
            return "; did you mean " + string.Join(" or ", near.Select(n => $"'{prefix}{n}'")) + "?";
        }

        return names.Count is > 0 and <= 30 && prefix.Length > 0 ? $" (it has: {string.Join(", ", names.Order(StringComparer.Ordinal))})" : string.Empty;
    }
}
