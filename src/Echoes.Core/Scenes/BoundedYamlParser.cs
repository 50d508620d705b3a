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

    /// <summary>The line the last event read ends on (1 before any).</summary>
    public long Line => _parser.Current?.End.Line ?? 1;

    public bool MoveNext()
    {
        if (!_parser.MoveNext()) return false;
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

    private EchoesException Refuse(string message) => new($"{name}:{_parser.Current!.Start.Line}", message);
}
