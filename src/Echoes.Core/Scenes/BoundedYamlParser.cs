using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Echoes.Scenes;

/// <summary>
/// YamlDotNet's parser (a loop, not recursion) with the checks a scene needs made on its events, before the node tree
/// (which is built recursively) grows: nesting at most <see cref="Limits.MaxNestingDepth"/> deep, one document, and
/// no aliases (an alias can make a cycle or multiply a tree, which YamlDotNet itself hashes recursively).
/// </summary>
internal sealed class BoundedYamlParser(string text, string name) : IParser
{
    private readonly Parser _parser = new(new StringReader(text));
    private int _depth, _documents;

    public ParsingEvent? Current => _parser.Current;

    // The line the last event read ends on (1 before any).
    private long Line => _parser.Current?.End.Line ?? 1;

    public bool MoveNext()
    {
        if (!Advance()) return false;
        switch (_parser.Current)
        {
            case SequenceStart or MappingStart when ++_depth > Limits.MaxNestingDepth:
                throw Refuse($"nested deeper than {Limits.MaxNestingDepth} levels");
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
            case DocumentStart when ++_documents > 1:
                throw Refuse("a scene is one YAML document; remove the second one (after ---)");
            case AnchorAlias a:
                throw Refuse($"aliases (*{a.Value}) are not supported in scenes; write the value out");
        }
        return true;
    }

    // YamlDotNet reports most malformed text as YamlException, but some (a bad tag, a scanner that loses its footing,
    // found by ReaderPropertyTests) as other exceptions: those become a syntax error here, at the last line read.
    private bool Advance()
    {
        try { return _parser.MoveNext(); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new EchoesException($"{name}:{Line}", "syntax error: the YAML cannot be read from here on", e);
        }
    }

    private EchoesException Refuse(string message) => new($"{name}:{_parser.Current!.Start.Line}", message);
}
