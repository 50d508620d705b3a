namespace Echoes.Gallery.Works;

/// <summary>Checks plain-text fields: trimmed, within a length, free of control characters other than line breaks.</summary>
internal static class Field
{
    /// <summary>The trimmed value, or "" when absent and not required.</summary>
    /// <exception cref="EchoesException">Missing when required, too long, or holding control characters.</exception>
    public static string Check(string name, string? value, int maxLength, bool required = true)
    {
        string v = (value ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (v.Length == 0)
            return required ? throw new EchoesException(name, "is required") : "";
        if (v.Length > maxLength) throw new EchoesException(name, $"is {v.Length:N0} characters long, over the limit of {maxLength:N0}");
        foreach (char c in v)
            if (char.IsControl(c) && c is not '\n' and not '\t') throw new EchoesException(name, "holds control characters");
        return v;
    }
}
