namespace Echoes.Scenes;

/// <summary>A river or a path winding from the horizon to the foreground: its two banks, each sampled far to near.</summary>
/// <param name="Left">The bank on the left, far to near, working pixels.</param>
/// <param name="Right">The bank on the right, far to near, working pixels.</param>
/// <param name="River">Whether it is water (a river) rather than a path over the ground.</param>
internal sealed record Course((float X, float Y)[] Left, (float X, float Y)[] Right, bool River)
{
    /// <summary>A bank as the cubic Bézier <paramref name="p0"/>…<paramref name="p3"/> sampled at <paramref name="n"/> points.</summary>
    public static (float X, float Y)[] Sample((float X, float Y) p0, (float X, float Y) p1, (float X, float Y) p2, (float X, float Y) p3,
        int n)
    {
        var pts = new (float X, float Y)[n];
        for (int i = 0; i < n; i++)
        {
            float t = i / (n - 1f), u = 1f - t;
            float a = u * u * u, b = 3f * u * u * t, c = 3f * u * t * t, d = t * t * t;
            pts[i] = (a * p0.X + b * p1.X + c * p2.X + d * p3.X, a * p0.Y + b * p1.Y + c * p2.Y + d * p3.Y);
        }
        return pts;
    }
}
