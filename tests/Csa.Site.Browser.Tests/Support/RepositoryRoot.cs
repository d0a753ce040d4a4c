namespace Csa.Site.Browser.Tests.Support;

/// <summary>Finds the repository root (the folder holding <c>Csa.Site.sln</c>) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Csa.Site.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Csa.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
