using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// One main form of the picture as the echo pass sees it: a centre and, at evenly spaced angles around it, how far the
/// form reaches (a star-shaped outline, in working pixels), with its mean colour (encoded) and whether it is the
/// subject.
/// </summary>
internal sealed record EchoForm(Point2 Centre, float[] Radii, (float R, float G, float B) Colour, bool Subject)
{
    /// <summary>The outline's mean radius.</summary>
    public float MeanRadius => Radii.Average();

    /// <summary>The outline's radius toward <paramref name="angle"/> (radians), interpolated between rays.</summary>
    public float RadiusAt(float angle)
    {
        float u = (angle / MathF.Tau % 1f + 1f) % 1f * Radii.Length;
        int i = (int)u % Radii.Length, j = (i + 1) % Radii.Length;
        float t = u - MathF.Floor(u);
        return Radii[i] * (1 - t) + Radii[j] * t;
    }

    /// <summary>How far <paramref name="p"/> lies outside the outline (negative inside), pixels.</summary>
    public float Outside(Point2 p)
    {
        var d = p - Centre;
        return d.Length - RadiusAt(MathF.Atan2(d.Y, d.X));
    }
}
