using System.Globalization;
using Echoes.Moods;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Echoes.Scenes;

/// <summary>
/// Reads scene files. YAML and JSON share one model: JSON is read as YAML's flow style, so both give the same checks and
/// errors that name the line (<c>scene.yaml:12: tie refers to unknown figure "Ilia"</c>). Nesting is bounded while the
/// text is parsed (<see cref="BoundedYamlParser"/>), so no input can exhaust the stack. Documented in
/// <c>docs/scene-format.md</c>.
/// </summary>
public static class SceneReader
{
    private static readonly string[] TopFields = ["title", "size", "seed", "mood", "landscape", "figures", "ties"];

    /// <summary>Reads and checks a scene file.</summary>
    public static Scene Load(string path)
    {
        if (!File.Exists(path)) throw new EchoesException(path, Directory.Exists(path) ? "is a folder, not a scene" : "no such file");
        if (new FileInfo(path).Length > Scene.MaxFileBytes) throw new EchoesException(path,
            $"the file is larger than the limit of {Scene.MaxFileBytes / 1024} KB");
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EchoesException(path,
            $"cannot read: {e.Message.TrimEnd('.')}", e);
        }
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses scene text (YAML or JSON); <paramref name="name"/> prefixes errors.</summary>
    public static Scene Parse(string text, string name = "scene")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new EchoesException(name, "the scene is empty");
        var stream = LoadYaml(text, name);
        if (stream.Documents.Count == 0) throw new EchoesException(name, "the scene is empty");
        if (stream.Documents[0].RootNode is not YamlMappingNode root) throw At(name, stream.Documents[0].RootNode,
            "a scene is a mapping of fields (title, size, figures, …)");
        return new Reader(name).Read(root);
    }

    // The node tree, read through the bounded parser; every failure is one line that names its line.
    private static YamlStream LoadYaml(string text, string name)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(text, name);
        try { stream.Load(parser); }
        catch (YamlException e) when (e.Message.Contains(" tab ", StringComparison.Ordinal))
        {
            throw new EchoesException($"{name}:{TabLine(text, e.Start.Line)}", "a tab in the indentation (YAML indents with spaces)", e);
        }
        catch (YamlException e) { throw new EchoesException($"{name}:{e.Start.Line}", $"syntax error: {FirstLine(e.Message)}", e); }
        // YamlDotNet reports some malformed text with other exceptions (a bad tag, a scanner or node reader that loses
        // its footing; found by ReaderPropertyTests): a syntax error at the last line read.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException
            or IndexOutOfRangeException)
        {
            throw new EchoesException($"{name}:{parser.Line}", "syntax error: the YAML cannot be read from here on", e);
        }
        return stream;
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    // YamlDotNet reports a tab at the start of the block it breaks; the user needs the tab's own line.
    private static long TabLine(string text, long from)
    {
        var lines = text.Split('\n');
        for (long i = Math.Max(1, from); i <= lines.Length; i++)
        {
            string line = lines[i - 1];
            if (line[..(line.Length - line.TrimStart().Length)].Contains('\t')) return i;
        }
        return from;
    }

    private static EchoesException At(string file, YamlNode node, string message) => new($"{file}:{node.Start.Line}", message);

    private sealed class Reader(string file)
    {
        public Scene Read(YamlMappingNode root)
        {
            CheckFields(root, TopFields, "scene");
            var scene = new Scene();
            if (Get(root, "title") is { } t) scene = scene with { Title = Visible(t, "title", Scene.MaxTitle) };
            if (Get(root, "size") is { } s) scene = scene with { Size = ReadSize(s) };
            if (Get(root, "seed") is { } seed) scene = scene with { Seed = Int(seed, "seed") };
            if (Get(root, "mood") is { } m) scene = scene with { Mood = ReadMood(m, "mood") };
            if (Get(root, "landscape") is { } l) scene = scene with { Landscape = ReadLandscape(l) };
            var figures = new List<Figure>();
            if (Get(root, "figures") is { } fs)
            {
                var seq = fs as YamlSequenceNode ?? throw At(file, fs, "figures must be a list");
                if (seq.Children.Count > Scene.MaxFigures) throw At(file, fs, $"{seq.Children.Count} figures, over the limit of {Scene.MaxFigures}");
                var names = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var f in seq.Children)
                {
                    var fig = ReadFigure(f, figures.Count);
                    if (names.TryGetValue(fig.Name, out int line)) throw At(file, f, $"duplicate figure name \"{fig.Name}\" (first on line {line})");
                    names[fig.Name] = (int)f.Start.Line;
                    figures.Add(fig);
                }
            }
            var ties = Get(root, "ties") is { } ts ? ReadTies(ts, figures) : [];
            return scene with { Figures = figures, Ties = ties };
        }

        // Each pair is tied once, in either direction: two ties would say two things about the same two people.
        private List<Tie> ReadTies(YamlNode n, List<Figure> figures)
        {
            var seq = n as YamlSequenceNode ?? throw At(file, n, "ties must be a list");
            var known = figures.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var pairs = new Dictionary<(string, string), long>();
            var ties = new List<Tie>();
            foreach (var tn in seq.Children)
            {
                var tie = ReadTie(tn, known);
                var pair = string.CompareOrdinal(tie.From, tie.To) < 0 ? (tie.From, tie.To) : (tie.To, tie.From);
                if (pairs.TryGetValue(pair, out long line)) throw At(file, tn,
                    $"\"{tie.From}\" and \"{tie.To}\" are already tied on line {line} (a pair is tied once)");
                pairs[pair] = tn.Start.Line;
                ties.Add(tie);
            }
            return ties;
        }

        private (int, int) ReadSize(YamlNode n)
        {
            if (n is not YamlSequenceNode { Children.Count: 2 } seq) throw At(file, n, "size must be [width, height]");
            int w = Int(seq.Children[0], "size"), h = Int(seq.Children[1], "size");
            if (w < Scene.MinSide || h < Scene.MinSide || w > Scene.MaxSide || h > Scene.MaxSide)
                throw At(file, n, $"size {w}×{h} is outside {Scene.MinSide} to {Scene.MaxSide:N0} on each side");
            if (Math.Max(w, h) > (long)Scene.MaxAspect * Math.Min(w, h))
                throw At(file, n,
                    $"size {w}×{h}: the long side is more than {Scene.MaxAspect} times the short one (the limit is {Scene.MaxAspect}:1)");
            return (w, h);
        }

        private Landscape ReadLandscape(YamlNode n)
        {
            var map = n as YamlMappingNode ?? throw At(file, n, "landscape must be a mapping (kind, time, horizon)");
            CheckFields(map, ["kind", "time", "horizon"], "landscape");
            var l = new Landscape();
            if (Get(map, "kind") is { } k) l = l with { Kind = EnumValue<LandscapeKind>(k, "landscape kind") };
            if (Get(map, "time") is { } t) l = l with { Time = EnumValue<TimeOfDay>(t, "time") };
            if (Get(map, "horizon") is { } h)
            {
                float v = Float(h, "horizon");
                if (v is < 0.15f or > 0.85f) throw At(file, h, $"horizon {v.ToString(CultureInfo.InvariantCulture)} is outside [0.15, 0.85]");
                l = l with { Horizon = v };
            }
            return l;
        }

        private Figure ReadFigure(YamlNode n, int index)
        {
            var map = n as YamlMappingNode ?? throw At(file, n, "a figure is a mapping (name, mood, pose, position)");
            CheckFields(map, ["name", "mood", "pose", "position"], "figure");
            string name = Get(map, "name") is { } nn ? Visible(nn, "name", 64) : throw At(file, n, $"figure {index + 1} has no name");
            if (name.Length == 0) throw At(file, n, "a figure's name must be 1 to 64 characters");
            var mood = Get(map, "mood") is { } m ? ReadMood(m, $"mood of {name}") : Mood.None;
            var pose = Get(map, "pose") is { } p ? EnumValue<Pose>(p, "pose") : Pose.Standing;
            (float, float)? pos = null;
            if (Get(map, "position") is { } pn)
            {
                if (pn is not YamlSequenceNode { Children.Count: 2 } seq) throw At(file, pn, "position must be [x, y] as fractions of the canvas");
                float x = Float(seq.Children[0], "position"), y = Float(seq.Children[1], "position");
                if (x is < 0 or > 1 || y is < 0 or > 1) throw At(file, pn, "position must be [x, y] with both in [0, 1]");
                pos = (x, y);
            }
            return new Figure(name, mood, pose, pos);
        }

        private Tie ReadTie(YamlNode n, HashSet<string> known)
        {
            var map = n as YamlMappingNode ?? throw At(file, n, "a tie is a mapping (from, to, strength)");
            CheckFields(map, ["from", "to", "strength"], "tie");
            string Name(string field)
            {
                var v = Get(map, field) ?? throw At(file, n, $"tie has no \"{field}\"");
                var s = Scalar(v, field).Trim();
                if (!known.Contains(s)) throw At(file, v, $"tie refers to unknown figure \"{s}\"");
                return s;
            }
            string from = Name("from"), to = Name("to");
            if (from == to) throw At(file, n, $"a tie joins \"{from}\" to themselves");
            float strength = 0.5f;
            if (Get(map, "strength") is { } sn)
            {
                strength = Float(sn, "strength");
                if (strength is < -1 or > 1) throw At(file, sn, $"strength {strength.ToString(CultureInfo.InvariantCulture)} is outside [-1, 1]");
            }
            return new Tie(from, to, strength);
        }

        private Mood ReadMood(YamlNode n, string what)
        {
            try
            {
                return n switch
                {
                    YamlScalarNode s => Mood.Parse(Scalar(s, what)),
                    YamlMappingNode m => Mood.FromWeights(m.Children.Select(kv => new KeyValuePair<string, double>(Scalar(kv.Key, what),
                        Float(kv.Value, what)))),
                    _ => throw At(file, n, $"{what} must be a name (joy) or a mapping ({{ sorrow: 0.5, love: 0.3 }})"),
                };
            }
            catch (EchoesException e) when (e.Subject == nameof(Mood)) { throw At(file, n, $"{what}: {e.Message}"); }
        }

        private void CheckFields(YamlMappingNode map, string[] allowed, string what)
        {
            foreach (var key in map.Children.Keys)
            {
                var k = key is YamlScalarNode { Value: { } v } ? v : throw At(file, key, $"a field name in {what} must be a single word");
                if (!allowed.Contains(k)) throw At(file, key, $"unknown field \"{k}\" in {what} (known: {string.Join(", ", allowed)})");
            }
        }

        private static YamlNode? Get(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private string Scalar(YamlNode n, string field) => n switch
        {
            YamlScalarNode s when IsNull(s) => throw At(file, n, $"{field} is empty (null); give it a value or leave the field out"),
            YamlScalarNode { Value: { } v } => v,
            _ => throw At(file, n, $"{field} must be a single value"),
        };

        // YAML's (and JSON's) null: a plain, untagged null, ~ or nothing at all. Quoted "null" is text.
        private static bool IsNull(YamlScalarNode s) =>
            s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Tag.IsEmpty && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

        // A title or name: one line that shows what it says (see VisibleText), within its length.
        private string Visible(YamlNode n, string field, int maxLength)
        {
            string v = Scalar(n, field).Trim();
            if (v.Length > maxLength) throw At(file, n, $"{field} is {v.Length:N0} characters long, over the limit of {maxLength}");
            return VisibleText.Problem(v) is { } problem ? throw At(file, n, $"{field} {problem}") : v;
        }

        private int Int(YamlNode n, string field) =>
            int.TryParse(Scalar(n, field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
                : throw At(file, n, $"{field} must be an integer");

        private float Float(YamlNode n, string field) =>
            float.TryParse(Scalar(n, field), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && float.IsFinite(v) ? v
                : throw At(file, n, $"{field} must be a number");

        private T EnumValue<T>(YamlNode n, string field) where T : struct, Enum
        {
            var s = Scalar(n, field);
            foreach (var v in Enum.GetValues<T>())
                if (string.Equals(v.ToString(), s, StringComparison.OrdinalIgnoreCase)) return v;
            throw At(file, n, $"unknown {field} \"{s}\" (known: {string.Join(", ", Enum.GetNames<T>().Select(x => x.ToLowerInvariant()))})");
        }
    }
}
