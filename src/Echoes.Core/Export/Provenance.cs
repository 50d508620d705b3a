using System.Text;
using Echoes.Imaging;
using Echoes.Strokes;

namespace Echoes.Export;

/// <summary>
/// What a painted file records about how it was made, in the <c>echoes:</c> text chunks of a PNG (engine version, the
/// command, seed, style, mood, plan hash, and the plan itself when asked). The command line and the gallery write the
/// same chunks, and <c>echoes info</c> reads them from either.
/// </summary>
public static class Provenance
{
    /// <summary>Sets the canvas's text entries for <paramref name="plan"/>; PNG writes them, other formats drop them.</summary>
    /// <param name="canvas">The rendered painting.</param>
    /// <param name="plan">The plan it was rendered from.</param>
    /// <param name="command">How it was made (<c>echoes paint photo.jpg --mood joy</c>), or null when there is no command.</param>
    /// <param name="embedPlan">Whether to store the whole plan, so it can be recovered from the file.</param>
    /// <param name="planHash">The plan's <see cref="StrokePlan.Hash"/> when already worked out; null: worked out here.</param>
    public static void Record(Canvas canvas, StrokePlan plan, string? command, bool embedPlan = false, string? planHash = null)
    {
        canvas.Text["Software"] = $"Echoes {EngineInfo.Version}";
        canvas.Text["echoes:version"] = EngineInfo.Version;
        if (command is not null) canvas.Text["echoes:command"] = command;
        canvas.Text["echoes:plan-hash"] = planHash ?? plan.Hash();
        foreach (var key in (string[])["seed", "style", "mood"])
            if (plan.Meta.TryGetValue(key, out var value)) canvas.Text["echoes:" + key] = value;
        if (embedPlan) canvas.Text["echoes:plan"] = Encoding.UTF8.GetString(plan.ToJson());
    }

    /// <summary>The text entries of a PNG file, key → value, in file order: the <c>echoes:</c> ones <see cref="Record"/>
    /// wrote among them.</summary>
    /// <param name="png">The file's bytes.</param>
    public static IReadOnlyDictionary<string, string> Read(byte[] png) => PngChunks.ReadText(png);

    /// <summary>The resolution a PNG file records (pixels per inch), or null when it records none.</summary>
    /// <param name="png">The file's bytes.</param>
    public static double? ReadDpi(byte[] png) => PngChunks.ReadDpi(png);
}
