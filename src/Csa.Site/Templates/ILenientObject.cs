namespace Csa.Site.Templates;

/// <summary>Marks a template object whose missing members are not reported, because the reason they are missing (a table
/// that failed to load, say) was reported already: each of its members reads as the object itself.</summary>
public interface ILenientObject
{
}
