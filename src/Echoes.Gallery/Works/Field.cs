namespace Echoes.Gallery.Works;

/// <summary>Checks plain-text fields: trimmed, within a length, free of control characters; names and titles also free
/// of line breaks and of invisible or direction-changing characters (<see cref="VisibleText"/>).</summary>
internal static class Field
{
    /// <summary>A text (a statement, a comment): the trimmed value, or "" when absent and not required. Line breaks and tabs are kept.</summary>
    /// <exception cref="EchoesException">Missing when required, too long, or holding control characters.</exception>
    public static string Check(string name, string? value, int maxLength, bool required = true)
    {
        string v = (value ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (v.Length == 0)
            return required ? throw new EchoesException(name, "is required") : "";
        if (v.Length > maxLength) throw new EchoesException(name, $"is {v.Length:N0} characters long, over the limit of {maxLength:N0}");
        foreach (char c in v)
            if (char.IsControl(c) && c is not '\n' and not '\t') throw new EchoesException(name, $"contains a control character (U+{(int)c:X4})");
        return v;
    }

    /// <summary>A name or title: as <see cref="Check"/>, and it must show what it says (<see cref="VisibleText"/>).</summary>
    /// <exception cref="EchoesException">Missing when required, too long, or holding characters a name or title may not.</exception>
    public static string Line(string name, string? value, int maxLength, bool required = true)
    {
        string v = Check(name, value, maxLength, required);
        return VisibleText.Problem(v) is { } problem ? throw new EchoesException(name, problem) : v;
    }
}
