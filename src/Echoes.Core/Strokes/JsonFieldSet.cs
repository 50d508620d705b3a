namespace Echoes.Strokes;

/// <summary>
/// The property names met so far in one JSON object, so a name given twice is refused (which of the two would count
/// is a guess). Known names are bits, so the millions of stroke objects in a big plan allocate nothing.
/// </summary>
internal struct JsonFieldSet(string[] known)
{
    private ulong _bits;
    private HashSet<string>? _others;

    /// <exception cref="FormatException">The name was already given in this object.</exception>
    public void Add(string name)
    {
        int i = Array.IndexOf(known, name);
        bool fresh = i >= 0 ? (_bits & (1UL << i)) == 0 : (_others ??= new(StringComparer.Ordinal)).Add(name);
        if (!fresh) throw new FormatException($"\"{name}\" is given twice");
        if (i >= 0) _bits |= 1UL << i;
    }
}
