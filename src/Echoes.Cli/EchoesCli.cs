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
        var root = Build(args.Length > 0 ? args[0] : null);
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

    // Each command by name. A run that names one builds only it: the others' options, their defaults and the gallery behind
    // serve are never made nor compiled (a short paint spent about a tenth of its start-up there). Help, errors and
    // anything else build them all.
    private static readonly (string Name, Func<Command> Create)[] ByName =
    [
        ("paint", PaintCommand.Create), ("compose", ComposeCommand.Create), ("moods", MoodsCommand.Create),
        ("styles", StylesCommand.Create), ("render", RenderCommand.Create), ("info", InfoCommand.Create),
        ("timelapse", TimelapseCommand.Create), ("brushes", BrushesCommand.Create), ("story", StoryCommand.Create),
        ("serve", ServeCommand.Create), ("worker", WorkerCommand.Create),
    ];

    /// <summary>The root command with every command, or only <paramref name="only"/> where that names one.</summary>
    internal static RootCommand Build(string? only = null)
    {
        var root = new RootCommand("Echoes: an expressive painting engine. Photographs, scenes and stories become paintings made of brush strokes.");
        root.Options.Add(CommonOptions.Verbose);
        bool one = ByName.Any(c => c.Name == only);
        foreach (var (name, create) in ByName)
            if (!one || name == only) root.Subcommands.Add(create());
        if (!one) root.Subcommands.Add(HelpCommand.Create(root));
        return root;
    }
}
