namespace Echoes.Targets;

/// <summary>
/// Where a target asks the painter for particular care, one value per working pixel, and what it asks for. The
/// painter knows only these requests, never where they come from: a composed scene's figures are its subject, its
/// echoes its accents, its sky and water its level places, and its regions the zones strokes stay inside. A photograph
/// has no guide.
/// </summary>
internal sealed class PaintGuide
{
    /// <summary>Zone of places painted last within a layer, over what is around them: the subject.</summary>
    public const byte SubjectZone = 2;

    /// <summary>Zone of the accents, also painted last within a layer.</summary>
    public const byte AccentZone = 3;

    private PaintGuide(int width, int height, float[] subject, float[] accent, float[] level, byte[] zone, bool finishingPass) =>
        (Width, Height, Subject, Accent, Level, Zone, FinishingPass) = (width, height, subject, accent, level, zone, finishingPass);

    /// <summary>Working width in pixels.</summary>
    public int Width { get; }

    /// <summary>Working height in pixels.</summary>
    public int Height { get; }

    /// <summary>The subject, 0–1: finer seeds, small round strokes true to the target's colour, and a finishing pass.</summary>
    public float[] Subject { get; }

    /// <summary>Accents, 0–1: soft round strokes, and the finishing pass.</summary>
    public float[] Accent { get; }

    /// <summary>Level places, 0–1 or a little over where two overlap: long strokes.</summary>
    public float[] Level { get; }

    /// <summary>The zone of each pixel; strokes stay inside the zone they start in.</summary>
    public byte[] Zone { get; }

    /// <summary>Whether the painter keeps part of its budget for a last pass over the subject and the accents, on top.</summary>
    public bool FinishingPass { get; }

    /// <summary>The zone at (x, y), clamped to the target.</summary>
    public byte ZoneAt(int x, int y) => Zone[Math.Clamp(y, 0, Height - 1) * Width + Math.Clamp(x, 0, Width - 1)];

    /// <summary>The guide a composed scene's regions ask for: figures are the subject, echoes the accents, sky and water
    /// level; the zones are sky or water (0), land (1), figures and echoes. People must stay legible at any stroke size,
    /// so a scene asks for the finishing pass.</summary>
    public static PaintGuide FromRegions(RegionMasks regions, int width, int height)
    {
        int n = width * height;
        var level = new float[n];
        var zone = new byte[n];
        for (int q = 0; q < n; q++)
        {
            level[q] = regions.Sky[q] + regions.Water[q];
            zone[q] = regions.Figures[q] > 0.4f ? SubjectZone
                : regions.Echoes[q] > 0.35f ? AccentZone
                : regions.Land[q] > 0.5f && regions.Water[q] < 0.5f ? (byte)1 : (byte)0;
        }
        return new PaintGuide(width, height, regions.Figures, regions.Echoes, level, zone, finishingPass: true);
    }
}
