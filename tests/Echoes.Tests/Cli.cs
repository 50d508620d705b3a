using Echoes.Cli;

namespace Echoes.Tests;

/// <summary>Runs the echoes command line in-process and captures its output.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter(); var e = new StringWriter();
        int code = EchoesCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Runs the real <c>echoes</c> in its own process, feeding <paramref name="stdin"/> and keeping stdout's bytes.</summary>
    public static (int Code, byte[] Out, string Err) RunProcess(byte[]? stdin, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Echoes.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var output = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(output);
        var err = p.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        catch (IOException) { /* the CLI stopped reading early (a size limit): its answer is what counts */ }
        p.WaitForExit();
        copy.Wait();
        return (p.ExitCode, output.ToArray(), err.Result);
    }

    /// <summary>Asserts a user error: exit 2, one line on stderr that contains <paramref name="fragment"/>, no stack trace.</summary>
    public static void AssertUserError((int Code, string Out, string Err) r, string fragment)
    {
        Assert.Equal(2, r.Code);
        var lines = r.Err.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("echoes: ", lines[0]);
        Assert.Contains(fragment, lines[0]);
        Assert.DoesNotContain("   at ", r.Err);
    }
}
