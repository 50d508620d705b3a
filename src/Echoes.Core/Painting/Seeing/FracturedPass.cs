using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The fractured seeing (first cut): the picture laid in as straight flat slabs on a coarse grid, each of its cell's
/// mean colour.
/// </summary>
internal sealed class FracturedPass(Target target, CanvasPyramid pyramid, PaintOptions o, Brushwork brushwork)
{
    /// <summary>Lays the slabs in; at most <paramref name="cap"/> strokes when given. Returns how many it placed.</summary>
    public int Run(int? cap, Action<Stroke> placed, CancellationToken ct)
    {
        int w = target.Width, h = target.Height, cell = Math.Max(4, Math.Max(w, h) / 24), n = 0;
        float k = brushwork.LogicalPerPixel;
        var geo = new StrokeGeometry();
        var rng = new Random(SeedMix.Of(o.Seed, 0xFAC7));
        for (int y = 0; y < h; y += cell)
            for (int x = 0; x < w; x += cell)
            {
                ct.ThrowIfCancellationRequested();
                if (cap is int c && n >= c) return n;
                int j = (Math.Min(h - 1, y + cell / 2) * w + Math.Min(w - 1, x + cell / 2)) * 3;
                var (r, g, b) = brushwork.Styled(target.Encoded[j], target.Encoded[j + 1], target.Encoded[j + 2], rng);
                var stroke = new Stroke
                {
                    Points = [new Point2(x * k, (y + cell * 0.5f) * k), new Point2((x + cell) * k, (y + cell * 0.5f) * k)],
                    Width = cell * k, Color = new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)),
                    Brush = BrushKind.Knife, Seed = (uint)rng.Next(), TaperStart = 0, TaperEnd = 0,
                };
                geo.Build(stroke, 1f / k);
                pyramid.Full.Commit(geo, r, g, b);
                placed(stroke);
                n++;
            }
        return n;
    }
}
