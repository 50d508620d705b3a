namespace Echoes.Targets;

/// <summary>
/// Where a target asks the painter for particular brushwork, one value per working pixel. The painter knows only these
/// requests, never where they come from: a composed scene's sky and water are its level places, and its regions the
/// zones strokes stay inside. Where the subject is (a scene's people, a photo's subject) is the target's
/// <see cref="Target.FocusMap"/>, one mechanism for both. A photograph has no guide.
/// </summary>
internal sealed class PaintGuide
{
    private PaintGuide(int width, int height, float[] level, byte[] zone) => (Width, Height, Level, Zone) = (width, height, level, zone);

    /// <summary>Working width in pixels.</summary>
    public int Width { get; }

    /// <summary>Working height in pixels.</summary>
    public int Height { get; }

    /// <summary>Level places, 0–1 or a little over where two overlap: long strokes.</summary>
    public float[] Level { get; }

    /// <summary>The zone of each pixel; strokes stay inside the zone they start in.</summary>
    public byte[] Zone { get; }

    /// <summary>The zone at (x, y), clamped to the target.</summary>
    public byte ZoneAt(int x, int y) => Zone[Math.Clamp(y, 0, Height - 1) * Width + Math.Clamp(x, 0, Width - 1)];

    /// <summary>The guide a composed scene's regions ask for: sky and water level; the zones are sky or water (0) and
    /// land (1).</summary>
    public static PaintGuide FromRegions(RegionMasks regions, int width, int height)
    {
        int n = width * height;
        var level = new float[n];
        var zone = new byte[n];
        for (int q = 0; q < n; q++)
        {
            level[q] = regions.Sky[q] + regions.Water[q];
            zone[q] = regions.Land[q] > 0.5f && regions.Water[q] < 0.5f ? (byte)1 : (byte)0;
        }
        return new PaintGuide(width, height, level, zone);
    }
}
