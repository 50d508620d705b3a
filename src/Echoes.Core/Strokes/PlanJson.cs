using System.Buffers;
using System.Text.Json;
using Echoes.Color;
using Echoes.Imaging;

namespace Echoes.Strokes;

/// <summary>
/// The plan file format, version 1 (see <c>docs/plan-format.md</c>). Written and read with the streaming JSON API so
/// plans of millions of strokes load quickly; numbers are written in their shortest round-trip form, so
/// load → save reproduces a file byte for byte.
/// </summary>
internal static class PlanJson
{
    public const string FormatName = "echoes.plan";

    private static readonly string[] PlanFields = ["format", "version", "width", "height", "background", "relief", "warmth", "meta", "strokes"];
    private static readonly string[] StrokeFields = ["brush", "color", "opacity", "width", "load", "seed", "taper", "points", "part"];

    // Earlier painters let float rounding put colours up to this far outside [0, 1]; such plans still load (clamped).
    private const float ColorRounding = 1e-4f;

    public static string BrushName(BrushKind k) => BrushNames.Of(k);

    public static BrushKind ParseBrush(string name) =>
        BrushNames.Parse(name) ?? throw new FormatException($"unknown brush \"{name}\" (known: {string.Join(", ", BrushNames.All)})");

    public static void Save(StrokePlan plan, string path) => AtomicFile.Write(path, s => Write(plan, s));

    public static byte[] Serialize(StrokePlan plan)
    {
        using var ms = new MemoryStream();
        Write(plan, ms);
        return ms.ToArray();
    }

    private static void Write(StrokePlan plan, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = true });
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", StrokePlan.FormatVersion);
        w.WriteNumber("width", plan.Width);
        w.WriteNumber("height", plan.Height);
        w.WritePropertyName("background"); WriteColor(w, plan.Background);
        w.WriteNumber("relief", plan.Relief);
        if (plan.Warmth != 0) w.WriteNumber("warmth", plan.Warmth);
        w.WriteStartObject("meta");
        foreach (var (k, v) in plan.Meta) w.WriteString(k, v);
        w.WriteEndObject();
        w.WriteStartArray("strokes");
        w.Flush();
        WriteStrokes(plan.Strokes, stream);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    // Strokes per piece written on one thread: small enough that both cores share a short plan, large enough that
    // starting a writer costs nothing beside it.
    private const int Piece = 512;

    // One stroke per line keeps big plans diffable and readable. Number formatting is most of a plan's writing, so
    // the strokes are written in pieces on every core, a window of pieces at a time (memory stays bounded), and the
    // pieces copied out in order: the same bytes as one writer would make.
    private static void WriteStrokes(List<Stroke> strokes, Stream stream)
    {
        int pieces = (strokes.Count + Piece - 1) / Piece, window = 4 * Environment.ProcessorCount;
        var written = new ArrayBufferWriter<byte>[Math.Min(pieces, window)];
        for (int first = 0; first < pieces; first += window)
        {
            int count = Math.Min(window, pieces - first);
            // Each slot's buffer is kept from window to window (cleared, its capacity reused).
            Parallel.For(0, count, k => WritePiece(strokes, (first + k) * Piece, Math.Min(strokes.Count, (first + k + 1) * Piece),
                written[k] ??= new ArrayBufferWriter<byte>(Piece * 256)));
            for (int k = 0; k < count; k++) stream.Write(written[k].WrittenSpan);
        }
    }

    private static void WritePiece(List<Stroke> strokes, int from, int to, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, SkipValidation = true });
        for (int i = from; i < to; i++)
        {
            buffer.Write(i == 0 ? "\n"u8 : "\n,"u8);
            WriteStroke(w, strokes[i]);
            w.Flush();
            w.Reset(); // each stroke starts a fresh writer state: the separator was written above
        }
    }

    /// <summary>Writes one stroke as the plan format's stroke object (also used to stream strokes to live views).</summary>
    public static void WriteStroke(Utf8JsonWriter w, Stroke s)
    {
        w.WriteStartObject();
        w.WriteString("brush", BrushName(s.Brush));
        w.WritePropertyName("color"); WriteColor(w, s.Color);
        w.WriteNumber("opacity", s.Opacity);
        w.WriteNumber("width", s.Width);
        w.WriteStartArray("taper"); w.WriteNumberValue(s.TaperStart); w.WriteNumberValue(s.TaperEnd); w.WriteEndArray();
        w.WriteNumber("load", s.Load);
        w.WriteNumber("seed", s.Seed);
        if (s.Part is { } part) w.WriteString("part", part);
        w.WriteStartArray("points");
        foreach (var p in s.Points) { w.WriteNumberValue(p.X); w.WriteNumberValue(p.Y); }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteColor(Utf8JsonWriter w, Rgb c)
    {
        w.WriteStartArray(); w.WriteNumberValue(c.R); w.WriteNumberValue(c.G); w.WriteNumberValue(c.B); w.WriteEndArray();
    }

    public static StrokePlan Load(string path)
    {
        if (!File.Exists(path)) throw new EchoesException(path, Directory.Exists(path) ? "is a folder, not a plan" : "no such file");
        if (new FileInfo(path).Length > Limits.MaxInputBytes)
            throw new EchoesException(path, $"the file is larger than the limit of {Limits.MaxInputBytes / (1024 * 1024)} MB");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EchoesException(path,
            $"cannot read: {e.Message.TrimEnd('.')}", e);
        }
        return Parse(bytes, path);
    }

    public static StrokePlan Parse(ReadOnlySpan<byte> json, string name)
    {
        if (json.StartsWith("\uFEFF"u8)) json = json[3..]; // a BOM, as some editors write
        if (json.IsEmpty) throw new EchoesException(name, "the plan is empty");
        var r = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = Limits.MaxNestingDepth,
        });
        try
        {
            var plan = ReadPlan(ref r);
            long end = r.BytesConsumed;
            if (!AtEnd(ref r)) throw new EchoesException(name,
                $"line {LineOf(json, NextToken(json, end))}: trailing content after the plan's closing }}");
            return plan;
        }
        catch (JsonException e) when (TooDeep(ref r, json))
        {
            throw new EchoesException(name, $"line {(e.LineNumber ?? 0) + 1}: nested deeper than {Limits.MaxNestingDepth} levels", e);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long l ? $"line {l + 1}: " : "";
            string what = e.Message.Contains("end of data", StringComparison.OrdinalIgnoreCase) || r.BytesConsumed >= json.Length
                ? "the JSON ends too early (truncated file?)" : "malformed JSON";
            throw new EchoesException(name, where + what, e);
        }
        catch (FormatException e)
        {
            throw new EchoesException(name, $"line {LineOf(json, r.TokenStartIndex)}: {e.Message}", e);
        }
    }

    // The reader stops on the opener that would pass MaxDepth, its depth still the deepest allowed.
    private static bool TooDeep(ref Utf8JsonReader r, ReadOnlySpan<byte> json) =>
        r.CurrentDepth >= Limits.MaxNestingDepth - 1 && NextToken(json, r.BytesConsumed) is var at && at < json.Length
            && json[(int)at] is (byte)'[' or (byte)'{';

    private static long NextToken(ReadOnlySpan<byte> json, long from) =>
        json[(int)from..].IndexOfAnyExcept(" \t\r\n"u8) is var i and >= 0 ? from + i : json.Length;

    // Only whitespace and comments may follow the plan.
    private static bool AtEnd(ref Utf8JsonReader r)
    {
        try { return !r.Read(); }
        catch (JsonException) { return false; }
    }

    private static StrokePlan ReadPlan(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a plan is a JSON object");
        string? format = null; int? version = null; float? width = null, height = null, relief = null, warmth = null; Rgb background = Rgb.White;
        var meta = new List<KeyValuePair<string, string>>();
        List<Stroke>? strokes = null;
        var seen = new JsonFieldSet(PlanFields);
        while (NextProperty(ref r, ref seen, out var prop))
        {
            switch (prop)
            {
                case "format": format = ReadString(ref r, "format"); break;
                case "version":
                    version = r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var v) ? v
                        : throw new FormatException("version must be an integer");
                    if (version != StrokePlan.FormatVersion)
                        throw new FormatException($"plan version {version} is not supported (this Echoes reads version {StrokePlan.FormatVersion})");
                    break;
                case "width": width = ReadFloat(ref r, "width"); break;
                case "height": height = ReadFloat(ref r, "height"); break;
                case "background": background = ReadColor(ref r, "background"); break;
                case "relief": relief = ReadFloat(ref r, "relief"); break;
                case "warmth": warmth = ReadFloat(ref r, "warmth"); break;
                case "meta":
                    if (r.TokenType != JsonTokenType.StartObject) throw new FormatException("meta must be an object");
                    var metaSeen = new JsonFieldSet([]);
                    while (NextProperty(ref r, ref metaSeen, out var k))
                    {
                        meta.Add(new(k, r.TokenType == JsonTokenType.String ? r.GetString()!
                            : throw new FormatException($"meta.{k} must be a string")));
                    }
                    break;
                case "strokes":
                    if (version is null) throw new FormatException("\"version\" must come before \"strokes\"");
                    strokes = ReadStrokes(ref r);
                    break;
                default: r.Skip(); break;
            }
        }
        if (r.TokenType != JsonTokenType.EndObject) throw new FormatException("expected a property name");
        if (format != FormatName) throw new FormatException(format is null ? "missing \"format\": \"echoes.plan\""
            : $"format is \"{format}\", not \"{FormatName}\"");
        if (version is null) throw new FormatException("missing \"version\"");
        if (width is not > 0 || height is not > 0) throw new FormatException("width and height must be positive numbers");
        if (relief is < 0 or > 4) throw new FormatException("relief must be in [0, 4]");
        if (warmth is < -1 or > 1) throw new FormatException("warmth must be in [-1, 1]");
        var plan = new StrokePlan(width.Value, height.Value, background) { Relief = relief ?? 1f, Warmth = warmth ?? 0f };
        foreach (var (k, v) in meta) plan.Meta[k] = v;
        if (strokes is not null) plan.Strokes.AddRange(strokes);
        return plan;
    }

    private static List<Stroke> ReadStrokes(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray) throw new FormatException("strokes must be an array");
        var list = new List<Stroke>();
        var pts = new List<Point2>();
        while (Next(ref r) == JsonTokenType.StartObject)
        {
            if (list.Count >= Limits.MaxPlanStrokes) throw new FormatException($"the plan has more than {Limits.MaxPlanStrokes:N0} strokes");
            try { list.Add(ReadStroke(ref r, pts)); }
            catch (FormatException e) { throw new FormatException($"stroke {list.Count}: {e.Message}", e); }
        }
        if (r.TokenType != JsonTokenType.EndArray) throw new FormatException("strokes must be an array of objects");
        return list;
    }

    // One stroke object, the reader on its opening brace; pts is reused from stroke to stroke.
    private static Stroke ReadStroke(ref Utf8JsonReader r, List<Point2> pts)
    {
        BrushKind? brush = null; Rgb? color = null; float opacity = 1, width = -1, ts = 0.15f, te = 0.25f, load = 1; uint seed = 0;
        string? part = null;
        pts.Clear();
        var seen = new JsonFieldSet(StrokeFields);
        while (NextProperty(ref r, ref seen, out var prop))
        {
            switch (prop)
            {
                case "brush": brush = ParseBrush(ReadString(ref r, "brush")); break;
                case "color": color = ReadColor(ref r, "color"); break;
                case "opacity": opacity = ReadFloat(ref r, "opacity"); break;
                case "width": width = ReadFloat(ref r, "width"); break;
                case "load": load = ReadFloat(ref r, "load"); break;
                case "seed":
                    seed = r.TokenType == JsonTokenType.Number && r.TryGetUInt32(out var sd) ? sd
                    : throw new FormatException("seed must be an unsigned integer"); break;
                case "taper":
                    if (r.TokenType != JsonTokenType.StartArray) throw new FormatException("taper must be [start, end]");
                    Next(ref r); ts = ReadFloat(ref r, "taper"); Next(ref r); te = ReadFloat(ref r, "taper");
                    if (Next(ref r) != JsonTokenType.EndArray) throw new FormatException("taper must be [start, end]");
                    break;
                case "points": ReadPoints(ref r, pts); break;
                case "part": part = ReadString(ref r, "part"); break;
                default: r.Skip(); break;
            }
        }
        if (brush is null) throw new FormatException("missing brush");
        if (color is null) throw new FormatException("missing color");
        var s = new Stroke
        {
            Points = [.. pts], Width = width, Color = color.Value, Opacity = opacity, Brush = brush.Value, TaperStart = ts,
            TaperEnd = te, Load = load, Seed = seed, Part = part
        };
        return s.Validate() is string why ? throw new FormatException(why) : s;
    }

    private static void ReadPoints(ref Utf8JsonReader r, List<Point2> pts)
    {
        if (r.TokenType != JsonTokenType.StartArray) throw new FormatException("points must be a flat array [x0, y0, x1, y1, …]");
        while (Next(ref r) == JsonTokenType.Number)
        {
            float x = ReadFloat(ref r, "points");
            if (Next(ref r) != JsonTokenType.Number) throw new FormatException("points must hold pairs of numbers");
            pts.Add(new Point2(x, ReadFloat(ref r, "points")));
        }
        if (r.TokenType != JsonTokenType.EndArray) throw new FormatException("points must be numbers");
    }

    // Moves onto the next property's value (false at the object's end), refusing a name the object already gave.
    private static bool NextProperty(ref Utf8JsonReader r, ref JsonFieldSet seen, out string name)
    {
        name = "";
        if (Next(ref r) != JsonTokenType.PropertyName) return false;
        name = r.GetString()!;
        seen.Add(name);
        Next(ref r);
        return true;
    }

    private static JsonTokenType Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new JsonException("unexpected end of data", null, null, null);
        return r.TokenType;
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType t, string what)
    {
        if (Next(ref r) != t) throw new FormatException(what);
    }

    private static string ReadString(ref Utf8JsonReader r, string field) =>
        r.TokenType == JsonTokenType.String ? r.GetString()! : throw new FormatException($"{field} must be a string");

    private static float ReadFloat(ref Utf8JsonReader r, string field)
    {
        if (r.TokenType != JsonTokenType.Number || !r.TryGetSingle(out var f) || !float.IsFinite(f))
            throw new FormatException($"{field} must be a finite number");
        return f;
    }

    private static Rgb ReadColor(ref Utf8JsonReader r, string field)
    {
        if (r.TokenType == JsonTokenType.String) return Rgb.FromHex(r.GetString()!);
        if (r.TokenType != JsonTokenType.StartArray) throw new FormatException($"{field} must be [r, g, b] (linear) or \"#rrggbb\"");
        Span<float> c = stackalloc float[3];
        int n = 0;
        while (Next(ref r) != JsonTokenType.EndArray)
        {
            if (n == 3) throw new FormatException($"{field} must be [r, g, b]");
            float v = ReadFloat(ref r, field);
            if (v is < -ColorRounding or > 1 + ColorRounding)
                throw new FormatException($"{field} component {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside [0, 1]");
            c[n++] = Math.Clamp(v, 0f, 1f);
        }
        if (n != 3) throw new FormatException($"{field} must be [r, g, b]");
        return new Rgb(c[0], c[1], c[2]);
    }

    private static long LineOf(ReadOnlySpan<byte> json, long index)
    {
        index = Math.Clamp(index, 0, json.Length);
        return json[..(int)index].Count((byte)'\n') + 1;
    }
}
