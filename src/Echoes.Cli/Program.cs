namespace Echoes.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        StartupProfile.Start(args);
        return EchoesCli.Run(args, Console.Out, Console.Error);
    }
}
