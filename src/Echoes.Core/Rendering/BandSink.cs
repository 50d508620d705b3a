using Echoes.Color;

namespace Echoes.Rendering;

/// <summary>Composites one stroke's spans into a band of sRGB-encoded colour and paint height.</summary>
internal struct BandSink : ISpanSink
{
    public float[] Color;      // band rows × width × 3
    public float[] Height;     // band rows × width
    public int Width, Top;     // Top: the image row of band row 0
    public Rgb Paint;
    public bool Multiply, Impasto;
    public float Thickness, Covers;

    public readonly bool WantsHeight => Impasto;

    public readonly void Span(int y, int x0, ReadOnlySpan<float> coverage, ReadOnlySpan<float> height)
    {
        int row = (y - Top) * Width;
        var col = Color.AsSpan((row + x0) * 3, coverage.Length * 3);
        float pr = Paint.R, pg = Paint.G, pb = Paint.B;
        if (Multiply)
        {
            for (int i = 0, j = 0; i < coverage.Length; i++, j += 3)
            {
                float a = coverage[i];
                col[j] *= 1f - a + a * pr; col[j + 1] *= 1f - a + a * pg; col[j + 2] *= 1f - a + a * pb;
            }
        }
        else
        {
            for (int i = 0, j = 0; i < coverage.Length; i++, j += 3)
            {
                float a = coverage[i];
                col[j] += a * (pr - col[j]); col[j + 1] += a * (pg - col[j + 1]); col[j + 2] += a * (pb - col[j + 2]);
            }
        }
        if (!Impasto || (Covers <= 0f && Thickness <= 0f)) return;
        // Wet paint lays its film and flattens what it is laid on by Covers: thick paint replaces the relief beneath,
        // thin paint lets it through, and strokes over strokes level off at Thickness / Covers instead of piling up.
        var h = Height.AsSpan(row + x0, coverage.Length);
        float t = Thickness, c = Covers;
        for (int i = 0; i < coverage.Length; i++) h[i] += coverage[i] * (height[i] * t - c * h[i]);
    }
}
