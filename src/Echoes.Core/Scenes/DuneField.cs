using Echoes.Brushes;
using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// The ground of a dune sea in the composed reference: rows of dunes from the far edge of the land to the viewer's feet,
/// drawn far to near so each nearer row hides the foot of the one behind it. A row is a few swells of their own breadth
/// and height, each rising in a long windward flank to a brink and falling steeply on the lee (away from the sun or
/// moon): the windward flank takes the light, the lee a slip face in shade, parted by a crisp line curving down from the
/// brink, the face a crescent whose toe sweeps up into the hollow (a face with a level foot read as a shaded block). The
/// rows lie at gaps of their own, crowding into the distance, swell higher toward the viewer and tilt each their own way
/// (never parallel tracks); the farther ones are paler, cooler and softer, lost in the air's colour.
/// </summary>
internal sealed class DuneField(uint seed, int w, int h, float top)
{
    // A cool violet dark the shade leans toward (sand in shadow takes the sky's colour, never black).
    private static readonly SKColor Dusk = new(0x1a, 0x14, 0x2c);

    /// <summary>Draws the dunes under this <paramref name="palette"/>, the distance in the <paramref name="air"/>'s colour and
    /// the far edge of the land in <paramref name="farEdge"/>, their lee toward <paramref name="lee"/> (−1 left, 1 right);
    /// returns the rows' crests, far to near.</summary>
    public List<GroundFold> Draw(SKCanvas c, LandscapePalette palette, SKColor air, SKColor farEdge, float lee)
    {
        var p = palette;
        var rng = new Random((int)(seed ^ 0xD00E5u));
        float depth = h - top;
        using (var ground = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, h),
                [farEdge, LandscapePalette.Mix(p.Land, air, 0.3f), p.Land], [0f, 0.3f, 1f], SKShaderTileMode.Clamp),
        })
            c.DrawRect(0, top, w, depth, ground);
        // A few large rows, not many thin ones: six or seven stacked thin rows read as terraces, no single dune legible.
        int rows = 4 + rng.Next(2);
        // Gaps of their own between the rows, crowding toward the far edge as the ground recedes.
        var at = new float[rows];
        float sum = 0;
        for (int k = 0; k < rows; k++) at[k] = sum += 0.55f + 0.9f * rng.NextSingle();
        // The slip faces of the sand in front a little lighter than the far ranges' shade: their lit flanks now light, the
        // faces at the ranges' depth sank the ground under the people so far that dark threads over it no longer stood out.
        var shade = Shade(p.LandNear, p.SkyTop, 0.42f);
        var lit = LandscapePalette.Mix(p.Land, p.Sun, 0.55f);
        var made = new List<(float BaseY, float Amp, float Haze, (float X, float Y)[] Crest)>();
        for (int k = 0; k < rows; k++)
        {
            float u = at[k] / sum;
            float baseY = top + depth * (0.05f + 1.02f * MathF.Pow(u, 1.5f));
            float amp = depth * (0.055f + 0.28f * MathF.Pow(u, 1.3f)) * (0.8f + 0.4f * rng.NextSingle());
            // The air between the viewer and the row: the far rows nearly the colour of the distance.
            made.Add((baseY, amp, 0.75f * MathF.Pow(1f - u, 1.7f), Crest(rng, baseY, amp, (rng.NextSingle() - 0.5f) * amp * 1.6f, lee, u)));
        }
        var folds = new List<GroundFold>();
        for (int k = 0; k < rows; k++)
        {
            var (baseY, amp, haze, crest) = made[k];
            SKColor Hazed(SKColor q) => LandscapePalette.Mix(q, air, haze);
            using var body = Body(crest);
            float foot = baseY + amp * 0.3f;
            using (var fill = new SKPaint
            {
                IsAntialias = true, Shader = SKShader.CreateLinearGradient(new SKPoint(0, crest.Min(q => q.Y)), new SKPoint(0, foot),
                    [Hazed(LandscapePalette.Mix(p.Land, lit, 0.3f)), Hazed(LandscapePalette.Mix(p.Land, shade, 0.45f))], SKShaderTileMode.Clamp),
            })
                c.DrawPath(body, fill);
            c.Save();
            c.ClipPath(body, antialias: true);
            SlipFaces(c, crest, foot, lee, Hazed(shade), Hazed(lit), 1f - haze);
            c.Restore();
            var cover = k == rows - 1 ? null : crest.Select((q, i) => (q.X, made.Skip(k + 1).Min(m => m.Crest[i].Y))).ToArray();
            folds.Add(new GroundFold(crest, amp * 0.45f, lee, foot, cover));
        }
        return folds;
    }

    /// <summary>Sand in shade: the <paramref name="sand"/> leaning to a cool violet dark (by <paramref name="deep"/>) and toward
    /// the <paramref name="sky"/>.</summary>
    public static SKColor Shade(SKColor sand, SKColor sky, float deep = 0.5f) =>
        LandscapePalette.Mix(LandscapePalette.Mix(sand, Dusk, deep), sky, 0.2f);

    // A row's crest, left to right: a few long, low swells of their own breadth and height on a tilted, rolling base (the
    // nearer rows fewer and broader, so a near dune is large), each rising in a long convex windward flank to a sharp brink
    // and falling more steeply on the lee (a narrow lee stood each face up as a tall fin), where the next one's flank may
    // rise out of it. A flank rounded over its top (a parabola) drew each swell as a flat-topped block with a cliff on one
    // side: a terrace, not a dune.
    private (float X, float Y)[] Crest(Random rng, float baseY, float amp, float tilt, float lee, float near)
    {
        int count = (near > 0.6f ? 2 : 3) + rng.Next(2);
        var swells = new (float At, float Height, float Windward, float Lee)[count];
        for (int i = 0; i < count; i++)
        {
            float breadth = (0.9f + 0.8f * rng.NextSingle()) / count;
            swells[i] = ((i + 0.15f + 0.7f * rng.NextSingle()) / count, 0.45f + 0.55f * rng.NextSingle(), breadth,
                breadth * (0.45f + 0.35f * rng.NextSingle()));
        }
        float wander = rng.NextSingle() * 100f, roll = 0.7f + 0.8f * rng.NextSingle(), phase = 6.283f * rng.NextSingle();
        var crest = new (float X, float Y)[193];
        for (int i = 0; i < crest.Length; i++)
        {
            float x = i / (float)(crest.Length - 1), rise = 0f;
            foreach (var (at, height, windward, leeward) in swells)
            {
                // How far past the brink toward the lee (positive), or back up the windward flank (negative).
                float d = (x - at) * lee;
                float up = d >= 0 ? MathF.Pow(MathF.Max(0f, 1f - d / leeward), 1.5f) : 1f - MathF.Pow(MathF.Min(1f, -d / windward), 1.25f);
                rise = MathF.Max(rise, height * up);
            }
            rise += 0.06f * Noise.Value1(seed ^ 0x5A4Du, x * 4f + wander) + 0.15f * MathF.Sin(6.283f * roll * x + phase);
            crest[i] = (x * w, baseY - amp * rise + tilt * (x - 0.5f));
        }
        return crest;
    }

    /// <summary>The slip faces and lit flanks of the swells on <paramref name="crest"/> (its body clipped already) down to
    /// <paramref name="foot"/>: from each brink the steep flank toward <paramref name="lee"/> (−1 left, 1 right) falls in a
    /// face of <paramref name="shade"/>, parted from the long windward flank before it, in <paramref name="lit"/>, by a crisp
    /// line winding down from the brink; both fading down the slope into the sand below (never a level edge at the foot:
    /// faces and flanks cut off there stacked into terraces), and as strong as <paramref name="clear"/> (0 lost in the air,
    /// 1 at the viewer's feet).</summary>
    public static void SlipFaces(SKCanvas c, (float X, float Y)[] crest, float foot, float lee, SKColor shade, SKColor lit, float clear)
    {
        int step = lee > 0 ? 1 : -1;
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var brink in DuneBrink.On(crest, foot, lee))
        {
            var (i, b) = (brink.Top, brink.Back);
            var (tx, ty) = crest[i];
            float drop = foot - ty, below = foot + drop * 0.3f;
            var (bend, turn, end) = (new SKPoint(brink.Bend.X, brink.Bend.Y), new SKPoint(brink.Turn.X, brink.Turn.Y),
                new SKPoint(brink.End.X, brink.End.Y));
            using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, MathF.Max(0.4f, drop * 0.012f));
            paint.MaskFilter = blur;
            // Deepest under the brink, lighter down the face toward its toe (the sand below lights it back): crescents from
            // the crest down to ever deeper curves across the face, laid over each other, so the face's gradation follows
            // its curved toe and fades into the sand (a level gradient left each face a shaded block with a ruled foot).
            float deep = (150 + 105 * clear) / 255f, each = 1f - MathF.Pow(1f - deep, 1f / Crescents);
            paint.Shader = null;
            paint.Color = shade.WithAlpha((byte)(255 * each));
            for (int k = 1; k <= Crescents; k++)
            {
                using var face = Crescent(crest, brink, MathF.Pow(k / (float)Crescents, 0.5f));
                c.DrawPath(face, paint);
            }
            using (var pb = new SKPathBuilder())
            {
                // Back to the foot of the slip face before it, along that face's lee edge.
                pb.MoveTo(crest[b].X, crest[b].Y);
                for (int j = b + step; j != i + step; j += step) pb.LineTo(crest[j].X, crest[j].Y);
                pb.CubicTo(bend, turn, end);
                pb.LineTo(end.X, below);
                pb.LineTo(crest[b].X + lee * (foot - crest[b].Y) * 0.2f, below);
                pb.Close();
                using var flank = pb.Detach();
                using var fade = SKShader.CreateLinearGradient(new SKPoint(0, ty), new SKPoint(0, foot),
                    [lit.WithAlpha((byte)(100 + 140 * clear)), lit.WithAlpha((byte)(40 * clear)), lit.WithAlpha(0)], [0f, 0.6f, 1f],
                    SKShaderTileMode.Clamp);
                paint.Shader = fade;
                c.DrawPath(flank, paint);
            }
        }
    }

    // How many crescents lay a slip face's shade.
    private const int Crescents = 6;

    // The slip face of <paramref name="brink"/> from its crest down to <paramref name="depth"/> of the way to its toe.
    private static SKPath Crescent((float X, float Y)[] crest, DuneBrink brink, float depth)
    {
        const int n = 24;
        using var pb = new SKPathBuilder();
        for (int j = 0; j <= n; j++)
        {
            var (x, y) = brink.Face(crest, j / (float)n, 0f);
            if (j == 0) pb.MoveTo(x, y); else pb.LineTo(x, y);
        }
        for (int j = n; j >= 0; j--)
        {
            var (x, y) = brink.Face(crest, j / (float)n, depth);
            pb.LineTo(x, y);
        }
        pb.Close();
        return pb.Detach();
    }

    // The row's body: everything below its crest.
    private SKPath Body((float X, float Y)[] crest)
    {
        using var pb = new SKPathBuilder();
        pb.MoveTo(crest[0].X, crest[0].Y);
        foreach (var q in crest.Skip(1)) pb.LineTo(q.X, q.Y);
        pb.LineTo(w, h + 1);
        pb.LineTo(0, h + 1);
        pb.Close();
        return pb.Detach();
    }
}
