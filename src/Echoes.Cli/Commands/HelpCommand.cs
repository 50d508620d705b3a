using System.CommandLine;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes help [COMMAND]</c>: the same help as <c>echoes COMMAND --help</c> (or <c>echoes --help</c>).</summary>
internal static class HelpCommand
{
    public static Command Create(RootCommand root)
    {
        var names = new Argument<string[]>("command") { Description = "The command to explain", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("help", "Show help for a command (echoes help paint is echoes paint --help)") { names };
        cmd.SetAction(r =>
        {
            string[] path = r.GetValue(names) ?? [];
            Command command = root;
            foreach (var name in path)
                command = command.Subcommands.FirstOrDefault(c => c.Name == name)
                    ?? throw new EchoesException("help",
                        $"no command \"{name}\" (known: {string.Join(", ", command.Subcommands.Select(c => c.Name))})");
            return root.Parse([.. path, "--help"]).Invoke(r.InvocationConfiguration);
        });
        return cmd;
    }
}
