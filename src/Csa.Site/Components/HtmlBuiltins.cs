using Scriban.Functions;
using Scriban.Runtime;

namespace Csa.Site.Components;

/// <summary>Creates Scriban's built-in functions for HTML templates: <c>include</c> and <c>html.escape</c> return
/// <see cref="RawHtml"/> (so their output is not escaped twice), and <c>raw</c> marks a theme's own trusted HTML.</summary>
/// <remarks><c>{{ include 'header' }}</c> prints the partial's HTML; <c>{{ page.title | html.escape }}</c> prints
/// <c>A &amp;amp; B</c> once escaped, as <c>{{ page.title }}</c> does; <c>{{ '&lt;b&gt;x&lt;/b&gt;' | raw }}</c> prints
/// <c>&lt;b&gt;x&lt;/b&gt;</c>.</remarks>
public static class HtmlBuiltins
{
    /// <summary>Gets the name of the function that marks text as trusted HTML.</summary>
    public const string Raw = "raw";

    /// <summary>Creates the read-only built-ins, to be shared by every context.</summary>
    /// <returns>The built-in functions.</returns>
    public static BuiltinFunctions Create()
    {
        var builtins = new BuiltinFunctions();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new RawResultFunction(include), true);
        }

        if (builtins["html"] is ScriptObject html)
        {
            html.SetValue("escape", DelegateCustomFunction.CreateFunc<string?, RawHtml>(text => new RawHtml(HtmlText.Escape(text))), true);
        }

        builtins.SetValue(Raw, DelegateCustomFunction.CreateFunc<object?, RawHtml>(value => value as RawHtml ?? new RawHtml(value?.ToString())), true);
        builtins.IsReadOnly = true;
        return builtins;
    }
}
