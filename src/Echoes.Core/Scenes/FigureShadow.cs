using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// A figure's shadow, all in the ground's own colour darkened and cooled, never black: the darkest right under where the
/// body touches the ground (the joints at ground level), where no light reaches (without it a kneeling figure floated over
/// its pool), a softer pool about it, and the shadow it casts away from the light. Under a low light (dawn, dusk) that is
/// the figure's own shape laid long on the ground, one whole mass from the feet to the head; under a high one (noon, the
/// moon) a short, compact pool under and just behind the feet, darkest where they touch (the figure's shape squeezed
/// short there read as its reflection in a puddle).
/// </summary>
internal static class FigureShadow
{
    /// <summary>The shadow of <paramref name="posed"/>: the pool and the contact's dark, painted over the body's rim, and
    /// the cast shadow, painted under everything of the figure.</summary>
    /// <param name="posed">The figure in its pose, working pixels.</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="cast">The ground's colour about its feet, the way the shadow falls (a unit vector, away from the light)
    /// and how long it is, pixels.</param>
    public static (List<Stroke> Pool, List<Stroke> Cast) Of(PosedFigure posed, Marks marks, (Rgb Ground, (float X, float Y) Way, float Length) cast)
    {
        var (p, s) = (posed.Placed, posed.Skeleton);
        float h = posed.Height;
        var touch = Touching(s).Select(posed.At).OrderBy(q => q.X).ToList();
        float left = touch[0].X - h * 0.05f, right = touch[^1].X + h * 0.05f, y = p.Y + h * 0.015f;
        var g = Oklab.FromLinear(cast.Ground);
        var shade = new Oklab(g.L * 0.55f, g.A * 0.8f, g.B * 0.6f - 0.02f).ToLinear().Clamped();
        var deep = new Oklab(g.L * 0.38f, g.A * 0.6f, g.B * 0.4f - 0.02f).ToLinear().Clamped();
        var pool = new List<Stroke>
        {
            marks.Make(BrushKind.Round, h * 0.1f, shade, 0.4f, (0.3f, 0.3f), (left - h * 0.03f, y), ((left + right) / 2, y + h * 0.006f),
                (right + h * 0.03f, y)),
            marks.Make(BrushKind.Round, h * 0.06f, Rgb.Lerp(shade, deep, 0.5f), 0.6f, (0.25f, 0.25f), (left, y),
                ((left + right) / 2, y + h * 0.004f), (right, y)),
            marks.Make(BrushKind.Round, h * 0.025f, deep, 0.85f, (0.15f, 0.15f), (left + h * 0.03f, p.Y + h * 0.008f),
                (right - h * 0.03f, p.Y + h * 0.008f)),
        };
        // A light higher than this casts a shadow shorter than about half the figure's height: a pool, not a shape.
        bool high = cast.Length < 0.6f * p.Height;
        return (pool, high ? Short(posed, marks, shade, ((left + right) / 2, y), cast) : Long(posed, marks, shade, y, cast));
    }

    // Where the body meets the ground: its joints at ground level.
    private static IEnumerable<(float X, float Y)> Touching(Skeleton s) =>
        new[] { s.Far.Foot, s.Near.Foot, s.Far.Knee, s.Near.Knee, s.Hip }.Where(q => q.Y < 0.1f);

    // Under a high light: a short pool from under the feet a little way along the shadow's way, laid flat on the ground
    // (broad across, shallow in depth, and its way foreshortened, as the ground is seen at a low angle) in a few
    // translucent strokes overlapping into one mass, each further out, narrower and fainter, so the pool is darkest where
    // the feet touch (spaced out, they stacked into the figure's reflection).
    private static List<Stroke> Short(PosedFigure posed, Marks marks, Rgb shade, (float X, float Y) feet,
        (Rgb Ground, (float X, float Y) Way, float Length) cast)
    {
        float h = posed.Height, half = h * MathF.Min(0.15f, 0.12f * posed.Build), len = cast.Length;
        var (wx, wy) = cast.Way;
        float deep = h * 0.06f + wy * len * 0.15f;
        var pool = new List<Stroke>();
        foreach (var (u, opacity) in new[] { (0f, 0.42f), (0.2f, 0.3f), (0.4f, 0.2f) })
        {
            float cx = feet.X + wx * len * u, cy = feet.Y + wy * len * u * 0.5f, reach = half * (1f - 0.4f * u);
            pool.Add(marks.Make(BrushKind.Round, deep * (1f - 0.3f * u), shade, opacity, (0.3f, 0.3f), (cx - reach, cy),
                (cx, cy + deep * 0.05f), (cx + reach, cy)));
        }
        return pool;
    }

    // Under a low light: the figure's own silhouette laid on the ground away from the light, each height of the body at
    // that share of the shadow's length along its way, each breadth where it stands across the painting (never
    // mirrored): the legs from the feet, or a seated or kneeling figure's legs one low
    // mass under the shadow of its body (bent legs cast a crooked hook); the body from the hem to the shoulders whatever
    // it wears (a dress's shadow began at the waist and left the head and shoulders an island); the head joined to them by
    // its neck. A few translucent strokes, each fainter the further it lies from the feet and broader, as a shadow's edge
    // blurs with distance, over one faint wide wash of the whole that softens its edges: darkest at the feet.
    private static List<Stroke> Long(PosedFigure posed, Marks marks, Rgb shade, float ground,
        (Rgb Ground, (float X, float Y) Way, float Length) cast)
    {
        var s = posed.Skeleton;
        var o = FigureOutline.Of(posed);
        float h = posed.Height, len = cast.Length, f = posed.Placed.FacesRight ? 1f : -1f;
        var (wx, wy) = cast.Way;
        float top = MathF.Max(0.2f, s.Top), baseX = posed.At((s.Hip.X, 0f)).X;
        // A point across the body stays across the painting, where it stands on the ground (seen from behind, the body's
        // breadth is the painting's); the way then carries it off by its height. A shadow running toward the viewer shows
        // the body's breadth; one running level shows its depth, the strokes' own breadth (turned across the way, feet
        // a step apart cast legs splayed into a wishbone).
        (float X, float Y) On(float x, float y)
        {
            float along = y * len, wide = f * (x - s.Hip.X) * h * (1f + 0.25f * y / top);
            return (baseX + wx * along + wide, ground + wy * along);
        }
        // How dark its paint lies at height y: half as dark again at the feet as where the head falls.
        float Opacity(float y) => 0.42f * (1f - 0.6f * Math.Clamp(y / top, 0f, 1f));
        // Never broader than three tenths of the figure's height, about the broadest a body is seen (a broader stroke read as a
        // patch of ground the figure brought with it).
        float Wide(float w, float y) => MathF.Min(w * (1f + 0.25f * y / top), 0.3f) * h;
        var layers = new List<Stroke>
        {
            marks.Make(BrushKind.Round, Wide(2.8f * o.WaistHalf, 0f), shade, 0.14f, (0.2f, 0.5f), On(s.Hip.X, 0.1f), On(s.Hip.X, top * 0.5f),
                On(s.Hip.X, top * 1.05f)),
        };
        float hip = s.Hip.Y;
        if (posed.Placed.Figure.Pose is Pose.Sitting or Pose.Kneeling)
        {
            // The legs folded under the body's shadow: one low mass from where they touch to over the hips.
            var xs = Touching(s).Select(q => q.X).ToList();
            float mid = (xs.Min() + xs.Max()) / 2, spread = MathF.Min(0.26f, xs.Max() - xs.Min() + 0.1f) * posed.Build;
            layers.Add(marks.Make(BrushKind.Round, Wide(spread, hip / 2), shade, Opacity(hip / 2), (0.15f, 0.3f), On(mid, 0f),
                On((mid + s.Hip.X) / 2, hip * 0.6f), On(s.Hip.X, hip + 0.1f)));
        }
        else
            foreach (var leg in new[] { s.Far, s.Near })
                layers.Add(marks.Make(BrushKind.Round, Wide(0.075f * posed.Build, hip / 2), shade, Opacity(hip / 2), (0.1f, 0.3f),
                    On(leg.Foot.X, 0f), On(leg.Knee.X, leg.Knee.Y), On(s.Hip.X, hip)));
        // The body from the hem (or the hips, where the hem hangs higher) to the shoulders, as broad as its clothes hang.
        float from = MathF.Min(o.Hem, hip), mid2 = (from + s.Neck.Y) / 2;
        layers.Add(marks.Make(BrushKind.Round, Wide(1.8f * MathF.Max(o.HemHalf, o.WaistHalf), mid2), shade, Opacity(mid2), (0.1f, 0.3f),
            On(s.Hip.X, from), On(s.Hip.X, MathF.Max(o.Waist, from)), On(s.Neck.X, s.Neck.Y - 0.02f)));
        var (l, r) = FigureStrokes.Shoulders(posed);
        layers.Add(marks.Make(BrushKind.Round, Wide(0.08f * posed.Build, s.Neck.Y), shade, Opacity(s.Neck.Y), (0.3f, 0.3f), On(l.X, l.Y),
            On(s.Neck.X, s.Neck.Y), On(r.X, r.Y)));
        // The head on its neck: one stroke from inside the shoulders' shadow, narrower than them (a head as broad as the body
        // read as a ball on a stick), drawn out along the way as a low light draws it.
        const float R = Skeleton.HeadRadius;
        layers.Add(marks.Make(BrushKind.Round, Wide(R * 1.7f, s.Head.Y), shade, Opacity(s.Head.Y), (0.25f, 0.35f), On(s.Neck.X, s.Neck.Y - 0.03f),
            On(s.Head.X, s.Head.Y), On(s.Head.X, s.Head.Y + R * 0.8f)));
        return layers;
    }
}
