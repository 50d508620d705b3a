using System.Diagnostics;

namespace Echoes.Tests;

public sealed class StartupProfileTests
{
    [Fact]
    public void A_command_leaves_its_compilation_profile_in_the_users_echoes_folder_for_the_next_run()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("the user's data folder is moved with XDG_DATA_HOME on Linux only");
        var data = TestImages.TempDir();

        for (int run = 0; run < 2; run++) Assert.Equal(0, RunHelp(data));

        var profile = new FileInfo(Path.Combine(data, "echoes", "jit", "help.jitprofile"));
        Assert.True(profile.Exists && profile.Length > 0, $"no profile at {profile.FullName}");
        Assert.Single(Directory.GetFiles(Path.Combine(data, "echoes", "jit")));
    }

    // The real program (its Main), with the user's data folder moved to data.
    private static int RunHelp(string data)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        psi.ArgumentList.Add("help");
        psi.Environment["XDG_DATA_HOME"] = data;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.Contains("paint", output.Result);
        Assert.Equal("", err.Result);
        return p.ExitCode;
    }
}
