using System.Globalization;
using System.Text;
using System.Text.Json;
using Echoes.Moods;

namespace Echoes.Scenes;

/// <summary>Writes a scene as YAML in the documented format (docs/scene-format.md), one figure and one tie per line,
/// so people can edit it and paint it with <c>echoes compose</c>; reading it back gives the same scene.</summary>
public static class SceneWriter
{
    /// <summary>The scene as YAML; <paramref name="comment"/> becomes a first comment line.</summary>
    public static string ToYaml(Scene scene, string? comment = null)
    {
        var sb = new StringBuilder();
        if (comment is not null)
            foreach (var line in comment.Split('\n')) sb.Append("# ").AppendLine(line);
        sb.AppendLine(CultureInfo.InvariantCulture, $"title: {Quote(scene.Title)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"size: [{scene.Size.Width}, {scene.Size.Height}]");
        sb.AppendLine(CultureInfo.InvariantCulture, $"seed: {scene.Seed}");
        if (!scene.Mood.IsNone) sb.AppendLine($"mood: {MoodYaml(scene.Mood)}");
        var l = scene.Landscape;
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"landscape: {{ kind: {l.Kind.ToString().ToLowerInvariant()}, time: {l.Time.ToString().ToLowerInvariant()}, horizon: {l.Horizon:0.###} " +
                $"}}");
        sb.AppendLine(scene.Figures.Count == 0 ? "figures: []" : "figures:");
        foreach (var f in scene.Figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ name: {Quote(f.Name)}");
            if (!f.Mood.IsNone) sb.Append($", mood: {MoodYaml(f.Mood)}");
            sb.Append(CultureInfo.InvariantCulture, $", pose: {f.Pose.ToString().ToLowerInvariant()}");
            if (f.Position is { } p) sb.Append(CultureInfo.InvariantCulture, $", position: [{p.X:0.###}, {p.Y:0.###}]");
            sb.AppendLine(" }");
        }
        sb.AppendLine(scene.Ties.Count == 0 ? "ties: []" : "ties:");
        foreach (var t in scene.Ties)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  - {{ from: {Quote(t.From)}, to: {Quote(t.To)}, strength: {t.Strength:0.###} }}");
        return sb.ToString();
    }

    /// <summary>Writes the scene to a file (temporary name, then moved).</summary>
    public static void Save(Scene scene, string path, string? comment = null) => Imaging.AtomicFile.WriteText(path, ToYaml(scene, comment));

    private static string MoodYaml(Mood m) => "{ " + string.Join(", ", Mood.Names.Zip(m.Weights).Where(p => p.Second > 0)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First}: {p.Second:0.###}"))) + " }";

    // JSON string syntax is valid YAML double-quoted syntax: any name survives the round trip. Relaxed escaping keeps
    // apostrophes and accents readable (the file is UTF-8, not HTML).
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string s) => JsonSerializer.Serialize(s, Relaxed);
}
