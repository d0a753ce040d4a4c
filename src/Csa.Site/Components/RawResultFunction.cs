using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Csa.Site.Components;

/// <summary>Wraps a function whose text result is already HTML (such as <c>include</c>) so that it is printed unescaped.</summary>
internal sealed class RawResultFunction : IScriptCustomFunction
{
    private readonly IScriptCustomFunction _inner;

    public RawResultFunction(IScriptCustomFunction inner)
    {
        _inner = inner;
    }

    public int RequiredParameterCount => _inner.RequiredParameterCount;

    public int ParameterCount => _inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(_inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await _inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Wrap(object? result) => result is string text ? new RawHtml(text) : result;
}
