namespace Csa.Site.Tests.Docs;

/// <summary>Holds docs/templates.md to the components as the code has them: a section for every component, whose
/// parameters table is the one <see cref="ComponentReference"/> writes from the view model and its XML documentation, and
/// whose example is the default template itself, quoted exactly (checked by <see cref="DocsExamplesTests"/>).</summary>
/// <remarks>After changing a view model, run this test with <c>CSA_DOCS_WRITE=1</c> to write the new tables into the page.</remarks>
public sealed class ComponentDocsTests
{
    private const string File = "docs/templates.md";

    [Fact]
    public void Every_component_has_its_parameters_table_and_its_default_template_as_the_example()
    {
        // Given
        var write = Environment.GetEnvironmentVariable("CSA_DOCS_WRITE") == "1";
        var lines = DocFiles.Read(File).Split('\n').ToList();
        var rewrites = new List<(int Line, int Count, string Table)>();
        var problems = new List<string>();

        // When
        foreach (var (name, model) in ComponentReference.Components)
        {
            var expected = ComponentReference.Table(model);
            var section = DocFiles.Section(File, h => h == $"`{name}.html`");
            if (section.Count == 0)
            {
                problems.Add($"{File}: no section headed `{name}.html`");
                continue;
            }

            var start = section.FirstOrDefault(l => l.Text == ComponentReference.Header.Split('\n')[0]);
            var rows = section.SkipWhile(l => l != start).TakeWhile(l => l.Text.StartsWith('|')).Select(l => l.Text).ToList();
            var table = string.Join('\n', rows);
            if (table != expected)
            {
                if (write && rows.Count > 0)
                {
                    rewrites.Add((start.Line, rows.Count, expected));
                }
                else
                {
                    problems.Add($"{File}:{start.Line}: the parameters of `{name}.html` ({model.Name}) should be:\n{expected}\n");
                }
            }

            if (!section.Any(l => l.Text == $"<!-- example file: themes/default/components/{name}.html -->"))
            {
                problems.Add($"{File}: the section `{name}.html` quotes no example (<!-- example file: themes/default/components/{name}.html -->)");
            }
        }

        if (rewrites.Count > 0)
        {
            foreach (var (line, count, table) in rewrites.OrderByDescending(r => r.Line))
            {
                lines.RemoveRange(line - 1, count);
                lines.InsertRange(line - 1, table.Split('\n'));
            }

            System.IO.File.WriteAllText(Path.Combine(DocFiles.Root, File), string.Join('\n', lines));
        }

        // Then
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
