namespace Echoes.Scenes;

/// <summary>
/// A point on the foot of a range as seen: the lowest pixel of a column still in the range's own layer, where a nearer
/// range or the ground hides the rest of it, and how far the range shows above that point.
/// </summary>
/// <param name="X">Across, working pixels.</param>
/// <param name="Y">The foot's height, working pixels from the top.</param>
/// <param name="Shown">How much of the range shows above it, working pixels (0 where it is hidden).</param>
internal readonly record struct RidgeFoot(float X, float Y, float Shown)
{
    /// <summary>The foot of the range in <paramref name="layer"/> under <paramref name="crest"/> (left to right), one point
    /// every <paramref name="step"/> pixels across.</summary>
    public static RidgeFoot[] Of(LandLayers layers, byte layer, (float X, float Y)[] crest, float step)
    {
        var foot = new List<RidgeFoot>();
        for (float x = step * 0.5f; x < layers.Width; x += step)
        {
            float top = LandLayers.CrestAt(crest, x), y = MathF.Ceiling(top);
            while (y < layers.Height && layers.At(x, y) != layer && y < top + 2f) y++;
            float from = y;
            while (y < layers.Height && layers.At(x, y) == layer) y++;
            foot.Add(new RidgeFoot(x, y, y > from ? y - top : 0f));
        }
        return [.. foot];
    }
}
