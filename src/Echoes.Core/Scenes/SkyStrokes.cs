using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// The sky in brushwork: first a ground wash of broad rows right across it, each one level colour, so no canvas and no
/// seam shows between the strokes above; then graded level rows, and broad thin veils that soften every turn of
/// its colour; over them the open sky in short strokes of varied slant and value (<see cref="OpenSkyStrokes"/>) and a few
/// clouds painted as lit forms in the hour's light (<see cref="CloudStrokes"/>); then the sun or moon in a round soft glow,
/// and at night a scatter of stars in the open sky between the clouds. The moon's glow and the stars mark from texture
/// streams of their own.
/// </summary>
internal static class SkyStrokes
{
    // A colour distance no turn of the sky reaches: its rows are broken only at their own lengths.
    private const float Unbroken = 10f;

    /// <summary>The sky's strokes, in painting order.</summary>
    public static void Paint(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        int h = c.Target.Height;
        var m = colours.Mood;
        var weather = SkyWeather.Of(m);
        var field = new SkyField(c, colours, CloudLayout.Of(c, weather), weather);
        var time = c.Scene.Landscape.Time;
        bool late = time is TimeOfDay.Dusk or TimeOfDay.Night;
        // After the sun has gone the washes' level rows carry none of its glow (they striped it into a lit box): the halo's
        // round dabs paint it.
        Func<float, float, Rgb>? unlit = late ? field.Unlit : null;
        float broad = h * 0.07f;
        // The first row of each lies half over the top edge, so its wander never leaves a sliver of canvas there.
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Sky, new WashRows(-broad * 0.5f, c.LandTop + broad, _ => broad, 16f, 0.4f,
            Unbroken, 1f, 0f, 0.1f, 0f, Cover: true, Soften: 1f, Load: 0.2f, Colour: unlit), marks, rng);
        // Over it the graded rows, thinner paint, level and calm: what the short strokes above leave of them shows near the
        // land, where they keep clear of it (the ranges and the people are set against these rows).
        float width = h * 0.034f;
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Sky, new WashRows(-width * 0.5f, c.LandTop + width, _ => width, 12f * m.Length,
            0.55f, Unbroken, 0.35f * m.Opacity, 0f, 0.2f + m.Jitter / 60f, m.Lift * 0.4f, Cover: true, Soften: 1.5f, Load: 0.3f,
            Colour: unlit), marks, rng);
        // Over them a few very broad, thin veils taking their colour from far above and below: they soften any turn of the
        // ground wash (a cloud bank, the moon's light) into a gradual one, with no edge of their own.
        float veil = h * 0.14f;
        Washes.Lay(strokes, colours, c.Layers, LandLayers.Sky, new WashRows(-veil * 0.3f, c.LandTop, _ => veil, 3f, 0.6f, Unbroken,
            0.4f * m.Opacity, 0.2f, 0.15f, 0f, Soften: 0.6f, Load: 0.1f, Colour: unlit), marks, rng);
        OpenSkyStrokes.Paint(strokes, c, field, weather, marks, rng);
        CloudStrokes.Paint(strokes, c, field, weather, marks, rng);
        var (sx, sy, _) = c.Light;
        if (c.Layers.At(sx, sy) == LandLayers.Sky) Light(strokes, c, colours, marks, rng);
        if (time == TimeOfDay.Night) Stars(strokes, c, field, marks.Own(0x57A2), rng);
    }

    // A scatter of small pale dabs, none on a cloud or near its soft edge (a star painted over a cloud sat in front of
    // it, and a streamer's long strokes reach past its edge), nor on the composed sky's own moonlit banks, which the washes
    // paint, nor in the moon's glow, which outshines them.
    private static void Stars(List<Stroke> strokes, Composition c, SkyField field, Marks marks, Random rng)
    {
        float h = c.Target.Height, clear = h * 0.02f, glow = LandscapeDrawing.GlowReach(TimeOfDay.Night, c.Target.Width, h);
        var sky = new Unlifted(c, field, Moods.MoodComposition.LightOf(c.Target, field.Mood));
        // As many as before in the sky left open: tried until 45 lie clear.
        for (int i = 0, laid = 0; i < 200 && laid < 45; i++)
        {
            float x = rng.NextSingle() * c.Target.Width, y = rng.NextSingle() * c.HorizonY * 0.85f, dx = x - c.Light.X, dy = y - c.Light.Y;
            if (c.Layers.At(x, y) != LandLayers.Sky || Clouded(field, x, y, clear) || dx * dx + dy * dy < glow * glow
                || Banked(c, sky, x, y, clear)) continue;
            float size = h * (0.002f + 0.003f * rng.NextSingle() * rng.NextSingle());
            laid++;
            strokes.Add(marks.Make(BrushKind.Round, size, Rgb.FromSrgb8(0xee, 0xee, 0xf6), 0.5f + 0.4f * rng.NextSingle(), (0.4f, 0.4f),
                (x - size * 0.3f, y), (x + size * 0.3f, y)));
        }
    }

    private static bool Clouded(SkyField field, float x, float y, float clear) =>
        About.Any(o => field.CloudAt(x + o.X * clear, y + o.Y * clear).Density > 0.01f);

    // A point and the four about it at a star's clearance (in units of it), where a star looks for cloud or a lit bank.
    private static readonly (float X, float Y)[] About = [(0f, 0f), (1f, 0f), (-1f, 0f), (0f, 1f), (0f, -1f)];

    // Whether (x, y) or a point about it lies on a bank of the composed sky: a fifth lighter than the open sky at its
    // height (the darkest of the sky across the picture there; the composed night sky grades only with height), in the
    // sky as painted with the mood's light taken out, or in the composed sky under it (a mood that softens the edges of
    // the picture blurs a bank there into the sky about it, which still lies lighter than the open sky).
    private static bool Banked(Composition c, Unlifted sky, float x, float y, float clear)
    {
        var composed = c.Target.Reference;
        float Composed(float px, float py) =>
            composed[Math.Clamp((int)px, 0, composed.Width - 1), Math.Clamp((int)py, 0, composed.Height - 1)].Luminance;
        return Lighter(c, sky.Luminance, x, y, clear) || (sky.Lifted && Lighter(c, Composed, x, y, clear));
    }

    // Whether (x, y) or a point about it is a fifth lighter, in `luminance`, than the darkest of the sky across the picture
    // at its height.
    private static bool Lighter(Composition c, Func<float, float, float> luminance, float x, float y, float clear)
    {
        float open = Enumerable.Range(0, 24).Select(i => (i + 0.5f) * c.Target.Width / 24f).Where(sx => c.Layers.At(sx, y) == LandLayers.Sky)
            .Select(sx => luminance(sx, y)).DefaultIfEmpty(0f).Min();
        return About.Any(o => luminance(x + o.X * clear, y + o.Y * clear) > open * 1.2f + 1e-3f);
    }

    // The painted sky's luminance with the mood's light taken back out of it: a mood that gathers its light about the
    // people lifts the middle of the sky over its sides, and read with that lift, the whole middle of the starfield was a
    // bank and kept no star. `lift` is the Oklab lightness the mood's light adds at each working pixel.
    private sealed class Unlifted(Composition c, SkyField field, float[] lift)
    {
        // Whether the mood adds or takes any light in the sky.
        public bool Lifted { get; } = lift.Any(v => v != 0f);

        public float Luminance(float x, float y)
        {
            var colour = field.At(x, y);
            int w = c.Target.Width, ix = Math.Clamp((int)x, 0, w - 1), iy = Math.Clamp((int)y, 0, c.Target.Height - 1);
            float added = lift[iy * w + ix];
            if (added == 0f) return colour.Luminance;
            var lab = Oklab.FromLinear(colour);
            return new Oklab(lab.L - added, lab.A, lab.B).ToLinear().Clamped().Luminance;
        }
    }

    // The sun or moon in its glow: round dabs of thin paint, widest and faintest first, each a little off the centre, so
    // together they fall off softly with no edge of their own; then the sun's disc (a low one's, after sunset, filled
    // round), or the moon's soft glow.
    private static void Light(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        var time = c.Scene.Landscape.Time;
        bool night = time == TimeOfDay.Night;
        float r = LandscapeDrawing.DiscRadius(time, c.Target.Width, c.Target.Height);
        if (night)
        {
            var own = marks.Own(0x600D);
            MoonGlow(strokes, c, colours, own, rng);
            Moon(strokes, c.Light, r, own, rng);
            return;
        }
        Halo(strokes, c, colours, r, marks, rng);
        Disc(strokes, c.Light, r, time == TimeOfDay.Dusk, marks, rng);
    }

    // The sun's glow, in the round dabs above.
    private static void Halo(List<Stroke> strokes, Composition c, SceneColours colours, float r, Marks marks, Random rng)
    {
        var (sx, sy, sun) = c.Light;
        float halo = r * 5.5f;
        // Many faint dabs, not a few strong ones: the edge of each is too faint to be seen.
        const int rings = 14;
        for (int i = 0; i < rings; i++)
        {
            float size = halo * (1f - 0.8f * (i + rng.NextSingle()) / rings), jig = r * 0.5f;
            float x = sx + jig * (rng.NextSingle() - 0.5f), y = sy + jig * (rng.NextSingle() - 0.5f);
            var air = colours.At(sx + size * 1.1f, sy);
            // Each an oval at an angle of its own: a round dab's bristles would circle, and together ring it like a target.
            float a = rng.NextSingle() * MathF.PI, dx = MathF.Cos(a) * size * 0.45f, dy = MathF.Sin(a) * size * 0.45f;
            strokes.Add(Thin(marks.Make(BrushKind.Round, size * 1.3f, Rgb.Lerp(air, sun, 0.3f + 0.5f * i / rings), 0.06f + 0.05f * i / rings,
                (0.5f, 0.5f), (x - dx, y - dy), (x + dx, y + dy)), 0.1f));
        }
    }

    // The moon's glow, as far as the composed sky's reaches: many very thin round dabs, widest and faintest first, each
    // off the middle by a share of its own size and an oval at its own angle, so no edge or bristle lines up with
    // another's. Fourteen alike close round the moon stood as a stamped disc, and beyond them the sky's unlit rows let the
    // lit underpainting through their dry gaps, a comb of level streaks: these glaze over both.
    private static void MoonGlow(List<Stroke> strokes, Composition c, SceneColours colours, Marks marks, Random rng)
    {
        var (sx, sy, moon) = c.Light;
        float reach = LandscapeDrawing.GlowReach(TimeOfDay.Night, c.Target.Width, c.Target.Height) * 0.85f;
        const int dabs = 36;
        for (int i = 0; i < dabs; i++)
        {
            // Ever more dabs toward the middle: the glow falls off as the composed one does, with no rim where most stop.
            float k = (i + rng.NextSingle()) / dabs, size = reach * (0.12f + 0.88f * (1f - k) * (1f - k)), a = rng.NextSingle() * MathF.PI;
            float off = size * 0.12f * rng.NextSingle(), at = rng.NextSingle() * MathF.Tau;
            float x = sx + MathF.Cos(at) * off, y = sy + MathF.Sin(at) * off, dx = MathF.Cos(a) * size * 0.2f, dy = MathF.Sin(a) * size * 0.2f;
            var air = colours.At(sx + MathF.Cos(at) * size, sy + MathF.Sin(at) * size);
            strokes.Add(Thin(marks.Make(BrushKind.Round, size * 1.6f, Rgb.Lerp(air, moon, 0.08f + 0.6f * k), 0.02f + 0.06f * k,
                (0.5f, 0.5f), (x - dx, y - dy), (x + dx, y + dy)), 0.05f));
        }
    }

    // The sun's disc in thick light paint laid as a painter fills a circle: its edge first, one stroke carried round it,
    // whose outer side is the disc's round edge (short strokes crossing at angles left their ends standing out round it
    // like the points of a star), then strokes filling it inside the edge (a low sun's carried round, see Round; else
    // level); then a thin glaze of the same light over the rim, a little wider, which softens the edge into the glow.
    private static void Disc(List<Stroke> strokes, (float X, float Y, Rgb Color) light, float r, bool low, Marks marks, Random rng)
    {
        var (sx, sy, sun) = light;
        var pale = Rgb.FromSrgb8(0xff, 0xfb, 0xf0);
        float rim = r * 0.4f, start = rng.NextSingle() * MathF.Tau;
        var ring = new (float X, float Y)[34];
        for (int i = 0; i < ring.Length; i++)
        {
            // A quarter more than once round: each tapered end lies over the other pass at its full width, so neither
            // leaves a notch in the edge.
            float a = start + i * (MathF.Tau * 1.25f) / (ring.Length - 1), rr = r - rim * 0.5f;
            ring[i] = (sx + MathF.Cos(a) * rr, sy + MathF.Sin(a) * rr);
        }
        strokes.Add(Thin(marks.Make(BrushKind.Round, rim, Rgb.Lerp(sun, pale, 0.1f), 0.9f, (0.1f, 0.1f), ring), 0.6f));
        if (low) Round(strokes, light, r - rim * 0.6f, pale, marks, rng);
        else Level(strokes, light, r, rim, pale, marks, rng);
        for (int i = 0; i < 4; i++)
        {
            float a = i * MathF.PI / 4f, len = r * 0.08f;
            strokes.Add(Thin(marks.Make(BrushKind.Round, r * 2.25f, sun, 0.18f, (0.5f, 0.5f), (sx - MathF.Cos(a) * len,
                sy - MathF.Sin(a) * len), (sx + MathF.Cos(a) * len, sy + MathF.Sin(a) * len)), 0.05f));
        }
    }

    // Level strokes filling the disc, each as wide as it is at its height, kept inside the rim.
    private static void Level(List<Stroke> strokes, (float X, float Y, Rgb Color) light, float r, float rim, Rgb pale, Marks marks, Random rng)
    {
        var (sx, sy, sun) = light;
        const int rows = 7;
        float band = 2f * (r - rim * 0.6f) / rows;
        for (int i = 0; i < rows; i++)
        {
            float dy = -(r - rim * 0.6f) + band * (i + 0.5f), half = MathF.Sqrt(MathF.Max(0f, r * r - dy * dy)) - rim * 0.6f;
            if (half <= band * 0.5f) continue;
            var color = Rgb.Lerp(sun, pale, 0.15f + 0.25f * rng.NextSingle());
            strokes.Add(Thin(marks.Make(BrushKind.Round, band * 1.5f, color, 0.9f, (0f, 0f), (sx - half, sy + dy), (sx, sy + dy),
                (sx + half, sy + dy)), 0.6f));
        }
    }

    // A low sun's disc filled round, as its edge is: short strokes carried round inside the rim in two rings, paler toward
    // the middle, and a touch of the palest light at its heart (level rows striped a glowing sun across, blind).
    private static void Round(List<Stroke> strokes, (float X, float Y, Rgb Color) light, float inner, Rgb pale, Marks marks, Random rng)
    {
        var (sx, sy, sun) = light;
        float band = inner * 0.45f;
        foreach (float ring in new[] { inner - band * 0.5f, inner - band * 1.4f })
        {
            float step = band * 1.6f / ring;
            for (float a = rng.NextSingle() * step; a < MathF.Tau + step; a += step * (0.8f + 0.3f * rng.NextSingle()))
            {
                var color = Rgb.Lerp(sun, pale, 0.2f + 0.15f * (1f - ring / inner) + 0.08f * rng.NextSingle());
                strokes.Add(Thin(marks.Make(BrushKind.Round, band * 1.2f, color, 0.9f, (0.3f, 0.3f), Arc(sx, sy, ring, a, step * 1.4f)),
                    0.6f));
            }
        }
        float heart = band * 0.4f;
        strokes.Add(Thin(marks.Make(BrushKind.Round, band * 1.5f, Rgb.Lerp(sun, pale, 0.45f), 0.85f, (0.5f, 0.5f), (sx - heart, sy + heart * 0.3f),
            (sx + heart, sy - heart * 0.3f)), 0.6f));
    }

    // The moon as a soft round glow, not a scribbled disc: translucent strokes ever smaller and brighter toward its middle,
    // each at its own angle and in paint too thin to stand up, so it brightens to a round core with no edge or stroke
    // of its own.
    private static void Moon(List<Stroke> strokes, (float X, float Y, Rgb Color) light, float r, Marks marks, Random rng)
    {
        var (sx, sy, moon) = light;
        const int dabs = 7;
        for (int i = 0; i < dabs; i++)
        {
            // Short strokes crossing at their own angles, not round dabs: a dab's bristles would circle and ring it like a target.
            float size = r * (2.1f - 0.17f * i), a = i * MathF.PI / 3.3f + 0.4f * rng.NextSingle(), len = size * 0.3f;
            var (dx, dy) = (MathF.Cos(a) * len, MathF.Sin(a) * len);
            var color = Rgb.Lerp(moon, Rgb.FromSrgb8(0xf6, 0xf4, 0xee), 0.15f + 0.1f * i);
            strokes.Add(Thin(marks.Make(BrushKind.Round, size, color, 0.14f + 0.07f * i, (0.5f, 0.5f), (sx - dx, sy - dy), (sx + dx, sy + dy)),
                0.05f));
        }
    }

    // Five points round (cx, cy) at radius `ring`, from angle `a` through `span` radians: the spine of a stroke carried round.
    private static (float X, float Y)[] Arc(float cx, float cy, float ring, float a, float span) =>
        [.. Enumerable.Range(0, 5).Select(i => a + span * i / 4f).Select(t => (cx + MathF.Cos(t) * ring, cy + MathF.Sin(t) * ring))];

    // Thin paint: little relief, so a glow or a disc never stands up from the sky like a stamp.
    private static Stroke Thin(Stroke s, float load) => s with { Load = load };
}
