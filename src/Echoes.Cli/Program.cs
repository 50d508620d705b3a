namespace Echoes.Cli;

internal static class Program
{
    private static int Main(string[] args) => EchoesCli.Run(args, Console.Out, Console.Error);
}
