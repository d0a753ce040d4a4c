using System.CommandLine;
using Csa.Site.Cli;

var root = new RootCommand("csa-site: builds a Community Safety Plan as an accessible static website with downloadable data.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();
