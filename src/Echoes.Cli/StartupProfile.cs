using System.Runtime;

namespace Echoes.Cli;

/// <summary>
/// Compiles on a second core, ahead of need, what the same command compiled last time (the runtime's multi-core JIT,
/// <see cref="ProfileOptimization"/>). A short paint spends about a third of its CPU time in the JIT, most of it on the
/// main thread while the other core waits. The profiles are small files in the user's Echoes folder (<c>jit/</c>, one a
/// command; the runtime checks them against the assemblies, so a new build only records afresh); where that folder
/// cannot be made, methods are compiled as they are first called, as without it.
/// </summary>
internal static class StartupProfile
{
    /// <summary>The folder the profiles are kept in.</summary>
    public static string Folder => UserData.Folder("jit");

    /// <summary>Starts compiling from the profile of <paramref name="args"/>' command, and records this run's for the next.</summary>
    public static void Start(string[] args)
    {
        // A command's own name, never a path or an option, names its profile.
        string command = args.Length > 0 && args[0].Length <= 32 && args[0].All(char.IsAsciiLetterLower) ? args[0] : "echoes";
        try
        {
            string dir = Folder;
            if (!Path.IsPathRooted(dir)) return; // no home folder: nowhere to keep it
            Directory.CreateDirectory(dir);
            ProfileOptimization.SetProfileRoot(dir);
            ProfileOptimization.StartProfile(command + ".jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
