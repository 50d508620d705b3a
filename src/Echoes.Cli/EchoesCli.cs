using System.CommandLine;
using Echoes.Cli.Commands;

namespace Echoes.Cli;

/// <summary>The <c>echoes</c> command line: builds the commands, runs one, and turns errors into one line and an exit code.</summary>
public static class EchoesCli
{
    /// <summary>Exit code for errors the user can fix (bad input, bad options).</summary>
    public const int UserError = 2;

    /// <summary>Exit code for a bug.</summary>
    public const int InternalError = 1;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build();
        var parse = root.Parse(args);
        bool verbose = args.Contains("--verbose");
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            stderr.WriteLine($"echoes: {ParseErrors.Describe(error)}");
            return UserError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Unwrap(e) is EchoesException ee)
        {
            stderr.WriteLine($"echoes: {OptionFlags.OneLine(ee)}");
            return UserError;
        }
        catch (Exception e) when (Unwrap(e) is OperationCanceledException)
        {
            stderr.WriteLine("echoes: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"echoes: internal error: {Unwrap(e).Message}" + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) stderr.WriteLine(e);
            return InternalError;
        }
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;

    internal static RootCommand Build()
    {
        var root = new RootCommand("Echoes: an expressive painting engine. Photographs, scenes and stories become paintings made of brush strokes.");
        root.Options.Add(CommonOptions.Verbose);
        root.Subcommands.Add(PaintCommand.Create());
        root.Subcommands.Add(ComposeCommand.Create());
        root.Subcommands.Add(MoodsCommand.Create());
        root.Subcommands.Add(StylesCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(InfoCommand.Create());
        root.Subcommands.Add(TimelapseCommand.Create());
        root.Subcommands.Add(BrushesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(HelpCommand.Create(root));
        return root;
    }
}
