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
