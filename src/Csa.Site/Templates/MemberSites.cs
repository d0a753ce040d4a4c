using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Csa.Site.Templates;

/// <summary>Notes every member access (<c>site.title</c>) of parsed templates: the expression it reads from, and whether a
/// missing member there is expected (a test such as <c>if page.summary</c>, either side of a default such as <c>x.y ?? site.z ?? 'z'</c>, or a plain
/// copy such as <c>help = site.help</c> that is tested later), so that any other missing member is an error.</summary>
internal sealed class MemberSites
{
    private readonly Dictionary<(string? File, int Start, int End), (string Target, bool MayBeMissing)> _sites = [];
    private readonly MemberSites? _shared;

    /// <summary>Initializes a new instance of the <see cref="MemberSites"/> class.</summary>
    /// <param name="shared">Sites noted once for every render (layouts, partials, snippets), looked up after these.</param>
    public MemberSites(MemberSites? shared = null) => _shared = shared;

    /// <summary>Adds the member accesses of a template.</summary>
    /// <param name="template">The parsed template.</param>
    public void Add(Template template)
    {
        if (template.Page is { } page)
        {
            Visit(page);
        }
    }

    /// <summary>Finds the member access at a span.</summary>
    /// <param name="span">The span Scriban reports for a missing member: that of its name.</param>
    /// <returns>The text of its target and whether it may be missing; an unknown target when the span was not noted.</returns>
    public (string Target, bool MayBeMissing) At(SourceSpan span) =>
        _sites.TryGetValue((span.FileName, span.Start.Offset, span.End.Offset), out var site) ? site : _shared?.At(span) ?? ("?", false);

    private void Visit(ScriptNode node)
    {
        if (node is ScriptMemberExpression member)
        {
            // Scriban reports a missing member at the member's name, not the whole expression.
            var span = member.Member?.Span ?? member.Span;
            _sites[(span.FileName, span.Start.Offset, span.End.Offset)] = (member.Target?.ToString() ?? "?", MayBeMissing(member));
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Visit(child);
            }
        }
    }

    private static bool MayBeMissing(ScriptMemberExpression member)
    {
        if (member.Parent is ScriptAssignExpression assign && ReferenceEquals(assign.Value, member))
        {
            return true;
        }

        ScriptNode child = member;
        for (var parent = member.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ScriptIfStatement test:
                    return ReferenceEquals(test.Condition, child);
                case ScriptWhileStatement loop:
                    return ReferenceEquals(loop.Condition, child);
                case ScriptConditionalExpression choice when ReferenceEquals(choice.Condition, child):
                case ScriptBinaryExpression { Operator: ScriptBinaryOperator.EmptyCoalescing or ScriptBinaryOperator.And or ScriptBinaryOperator.Or }:
                    return true;
                case ScriptStatement:
                    return false;
            }
        }

        return false;
    }
}
