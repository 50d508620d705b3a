using CsCheck;

namespace Echoes.Tests;

/// <summary>Generators of hostile reader input: random characters, random nested values (JSON, which is also YAML flow
/// style) built from a reader's own field names, and deep runs of openers with or without their closers.</summary>
internal static class ReaderInputs
{
    private const string Alphabet = " \n\t[]{}:,-#&*!|>'\"?%@~.0123456789eEaxyz\\";

    private static readonly string[] Leaves =
        ["0", "1", "-1", "0.5", "1e9", "-0.0", "3000", "20001", "null", "true", "\"\"", "\"joy\"", "\"A\"", "\"B\"", "\"valley\"", "\"dusk\"", "\"round\"", "\"#ff0000\""];

    /// <summary>Random characters, the kind that matter to YAML and JSON.</summary>
    public static Gen<string> Noise { get; } = Gen.Char[Alphabet].Array[0, 300].Select(a => new string(a));

    /// <summary>Runs of 1 to 5,000 openers, closed or not.</summary>
    public static Gen<string> Deep { get; } =
        from opener in Gen.OneOf(Gen.Const("["), Gen.Const("{a: "), Gen.Const("{\"a\":"), Gen.Const("- "), Gen.Const("[{\"a\":"))
        from n in Gen.Int[1, 5_000]
        from closed in Gen.Bool
        select string.Concat(Enumerable.Repeat(opener, n)) + "0" + (closed ? new string(']', n) : "");

    /// <summary>Random values nested up to <paramref name="depth"/> deep, whose keys are <paramref name="keys"/>.</summary>
    public static Gen<string> Values(string[] keys, int depth)
    {
        var leaf = Gen.OneOf(Leaves.Select(Gen.Const).ToArray());
        if (depth == 0) return leaf;
        var inner = Values(keys, depth - 1);
        var list = inner.Array[0, 4].Select(a => "[" + string.Join(", ", a) + "]");
        var map = Gen.Select(Gen.OneOf(keys.Select(k => Gen.Const($"\"{k}\"")).ToArray()), inner).Array[0, 5]
            .Select(a => "{" + string.Join(", ", a.Select(kv => $"{kv.Item1}: {kv.Item2}")) + "}");
        return Gen.Frequency((2, leaf), (1, list), (2, map));
    }

    /// <summary>Any of the above.</summary>
    public static Gen<string> Any(string[] keys) => Gen.Frequency((1, Noise), (1, Deep), (3, Values(keys, 6)));
}
