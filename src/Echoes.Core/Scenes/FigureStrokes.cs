using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a person as a painter would, seen from behind, in a few confident strokes over its <see cref="Skeleton"/>: its
/// shadow on the ground, cast from where the body meets it, and the dark of its contact with the ground; then the legs,
/// the mass of its clothes hanging and widening from the shoulders or the waist (<see cref="Garment"/>), the back and the
/// line of the shoulders (hunched by grief, squared by joy), the sleeves tapering to the wrist, a neck narrower than the
/// head, the head and the mass of its hair or hat; last the side toward the scene's light caught in lighter strokes laid
/// inside the body, never past its outline.
/// </summary>
internal static class FigureStrokes
{
    /// <summary>The dyes a figure's clothes take: umber, indigo, oxblood, olive, plum (a dark figure takes some of its dye, a pale
    /// one its hue lightened).</summary>
    internal static readonly Rgb[] Dyes =
        [Rgb.FromSrgb8(0x4a, 0x34, 0x22), Rgb.FromSrgb8(0x1e, 0x26, 0x4a), Rgb.FromSrgb8(0x5a, 0x22, 0x1a), Rgb.FromSrgb8(0x38, 0x3a, 0x1e),
            Rgb.FromSrgb8(0x40, 0x1e, 0x34)];

    // Shades of hair: near black, brown, auburn, grey, fair.
    private static readonly Rgb[] Hairs =
        [Rgb.FromSrgb8(0x14, 0x10, 0x0e), Rgb.FromSrgb8(0x3a, 0x24, 0x16), Rgb.FromSrgb8(0x5e, 0x2a, 0x14), Rgb.FromSrgb8(0x7a, 0x76, 0x70),
            Rgb.FromSrgb8(0x8e, 0x74, 0x48)];

    /// <summary>The strokes of <paramref name="posed"/>, in painting order.</summary>
    /// <param name="posed">The figure in its pose, working pixels.</param>
    /// <param name="look">Its colours.</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="shadowDir">Which side is away from the light: +1 right, −1 left.</param>
    /// <param name="cast">Its shadow on the ground: the ground's colour about its feet (the shadow is that ground darkened
    /// and cooled), the way it falls across the painting (a unit vector, away from the light) and how long it is, pixels.</param>
    public static List<Stroke> Paint(PosedFigure posed, FigureLook look, Marks marks, float shadowDir,
        (Rgb Ground, (float X, float Y) Way, float Length) cast)
    {
        var shadows = FigureShadow.Of(posed, marks, cast);
        var figure = new FigureBrush(posed, marks);
        // A dark silhouette takes some of its dye (kept under the value that parts it from its ground); a pale figure (on
        // a dark ground: FigureLook decides which) wears its dye lightened to the figure's value, its hue kept and cooled a
        // little, as a painter cools and darkens local colour by moonlight rather than erasing it: a grey pale figure read
        // as unpainted plaster. Its hair a clear step darker than its clothes, its skin a step lighter and warm, so the head
        // reads as a head, not a blank.
        bool dark = !look.Pale;
        var dye = Pick(Dyes, posed.Dye.Cloth);
        var cloth = dark ? Under(Rgb.Lerp(look.Body, dye, 0.3f), look.Most) : Clothed(look.Body, dye);
        // A shirt is a little lighter than the trousers under it: the body parts at the waist, as a coat's does at its hem.
        if (posed.Garment == Garment.Shirt) cloth = Under(Rgb.Lerp(cloth, look.Lit, 0.14f), look.Most);
        var hairDye = Pick(Hairs, posed.Dye.Hair);
        var hair = dark ? Under(Rgb.Lerp(look.Body, hairDye, 0.22f), look.Most) : Tinted(look.Body, hairDye, 0.6f, Value(cloth) - HairStep);
        var skin = dark ? look.Body : Tinted(look.Body, Flesh, 0.5f, Value(look.Body) + 0.05f);
        var strokes = new List<Stroke>();
        var outline = FigureOutline.Of(posed);
        float lightSide = -shadowDir * (posed.Placed.FacesRight ? 1f : -1f);
        var legs = dark ? look.Body : Rgb.Lerp(look.Body, look.Shadow, 0.35f);
        Legs(strokes, figure, posed, legs);
        if (posed.Garment == Garment.Cloak) Arms(strokes, figure, posed, cloth);
        Clothes(strokes, figure, posed, outline, cloth);
        if (posed.Garment != Garment.Cloak) Arms(strokes, figure, posed, cloth);
        Head(strokes, figure, posed, (skin, hair, cloth), lightSide > 0 ? look : null);
        // The body twice over: one layer of paint lets the ground through where the strokes are broad.
        var again = strokes.Select(b => b with { Seed = b.Seed ^ 0xB0D7 });
        // The light caught on the side toward the scene's light, laid inside the body as narrower strokes along that side
        // of the clothes, the near arm and leg and the hair: a lighter copy of the body laid offset past its outline read
        // as a ghost beside it, a second head over the first. Stronger on darker ground, where the rim's light tells most.
        var caught = dark ? Under(Rgb.Lerp(look.Lit, look.Rim, 0.3f * look.RimOpacity), look.Most + LitBelowGround) : look.Lit;
        float strength = 0.5f + 0.3f * look.RimOpacity;
        // Its own texture stream, so every other mark of the painting keeps its texture.
        var plane = new FigureBrush(posed, marks.Own(Targets.SeedMix.Of(0x9A1, (int)(posed.At(posed.Skeleton.Hip).X * 10))));
        var lit = dark ? LitPlane(plane, posed, outline, Under(Rgb.Lerp(cloth, look.Rim, 0.7f), look.Most + PlaneBelow), lightSide) : [];
        lit.AddRange(Light(figure, posed, outline, caught, lightSide, strength));
        // The limbs' light a half step from their own paint: a full light down a dark leg read as a trouser stripe.
        lit.AddRange(LimbLight(figure, posed, (Rgb.Lerp(legs, look.Lit, 0.5f), Rgb.Lerp(cloth, look.Lit, 0.6f)), lightSide, strength * 0.8f));
        lit.AddRange(HairLight(figure, posed, hair, look.Lit, lightSide));
        // A pale figure is modelled, lit on one side and in shade on the other, as the land about it is: a flat pale
        // silhouette read as a cut-out.
        if (!dark) lit.Add(Shade(figure, posed, outline, Tinted(cloth, cloth, 1f, Value(cloth) * 0.74f), -lightSide));
        // The pool and the contact's dark under the body, so no light seam parts the feet from the ground they stand on.
        return [.. shadows.Cast, .. shadows.Pool, .. strokes, .. again, .. lit];
    }

    // The lost profile: a sliver of the cheek and jaw past the hair on the side of the head the figure turns to (inside
    // the hair it read as a visor in a helmet), a warm flesh taken into the body's value and caught by the light, as
    // Friedrich's figures show it turning three-quarters away; laid under the hair, so the cheek is part of the head.
    private static Stroke Face(FigureBrush f, PosedFigure posed, FigureLook look)
    {
        var (hx, hy) = posed.Skeleton.Head;
        const float R = Skeleton.HeadRadius;
        var flesh = Rgb.Lerp(Rgb.Lerp(look.Body, Flesh, look.Pale ? 0.3f : 0.45f), look.Lit, 0.35f);
        return f.Stroke(R * 0.55f, flesh, (0.3f, 0.4f), (hx + R * 0.82f, hy + R * 0.3f), (hx + R * 0.98f, hy - R * 0.12f),
            (hx + R * 0.72f, hy - R * 0.62f));
    }

    // Skin, before the light warms or cools it.
    private static readonly Rgb Flesh = Rgb.FromSrgb8(0xb4, 0x86, 0x6a);

    // How far under its ground a dark figure's lit side stays at most, in Oklab lightness: lit, yet still the figure.
    private const float LitBelowGround = 0.18f;

    // The neck's width in head radii: narrower than the head and far narrower than the shoulders, so the head reads as a
    // head set on a body, not a knob on a peg.
    private const float NeckWidth = 0.62f;

    // How much darker a pale figure's hair is than its clothes, in Oklab lightness: a step the eye parts at a glance.
    private const float HairStep = 0.12f;

    // How much of its dye's chroma a pale figure's clothes keep, and how far the night cools them (Oklab b).
    private const float DyeKept = 0.75f, Cool = 0.01f;

    // The dye lightened to the body's value, a shade lower for reds (they darken first at night), its hue kept but cooled.
    private static Rgb Clothed(Rgb body, Rgb dye)
    {
        var d = Oklab.FromLinear(dye);
        float value = Oklab.FromLinear(body).L * (0.93f - 0.5f * MathF.Max(0f, d.A));
        return new Oklab(value, d.A * DyeKept, d.B * DyeKept - Cool).ToLinear().Clamped();
    }

    // A colour of <paramref name="value"/> with <paramref name="share"/> of the hue of <paramref name="hue"/> over the
    // body's cool.
    private static Rgb Tinted(Rgb body, Rgb hue, float share, float value)
    {
        var (b, h) = (Oklab.FromLinear(body), Oklab.FromLinear(hue));
        return new Oklab(Math.Clamp(value, 0.1f, 0.95f), b.A * (1f - share) + h.A * share, b.B * (1f - share) + h.B * share).ToLinear().Clamped();
    }

    private static float Value(Rgb c) => Oklab.FromLinear(c).L;

    // The colour no lighter than Oklab lightness `most`: its hue kept, its value taken down.
    private static Rgb Under(Rgb c, float most)
    {
        var o = Oklab.FromLinear(c);
        return o.L <= most ? c : new Oklab(MathF.Max(0.1f, most), o.A, o.B).ToLinear().Clamped();
    }

    private static Rgb Pick(Rgb[] shades, float u) => shades[Math.Clamp((int)(u * shades.Length), 0, shades.Length - 1)];

    // The legs, thick at the thigh and tapering to the ankle, each ending in a foot set toward the way the figure turns.
    private static void Legs(List<Stroke> strokes, FigureBrush f, PosedFigure posed, Rgb body)
    {
        var s = posed.Skeleton;
        float w = 0.062f * posed.Build;
        foreach (var (leg, side) in new[] { (s.Far, -1f), (s.Near, 1f) })
        {
            strokes.Add(f.Stroke(w, body, (0.02f, 0.3f), (s.Hip.X + side * 0.035f * posed.Build, s.Hip.Y), leg.Knee, leg.Foot));
            strokes.Add(f.Stroke(0.03f, body, (0.2f, 0.35f), (leg.Foot.X - 0.01f, leg.Foot.Y + 0.012f), (leg.Foot.X + 0.035f, leg.Foot.Y + 0.006f)));
        }
    }

    // The mass of the clothes: three strokes fanning from the top of the garment to its hem (the outer two narrow at the
    // top, so the mass widens as cloth hangs), a rounded hem across the bottom, then the back and the shoulders over it.
    private static void Clothes(List<Stroke> strokes, FigureBrush f, PosedFigure posed, FigureOutline o, Rgb cloth)
    {
        var s = posed.Skeleton;
        float x = s.Hip.X, w = o.HemHalf * 0.72f;
        for (int k = -1; k <= 1; k++)
            strokes.Add(f.Stroke(w, cloth, (k == 0 ? 0.1f : 0.45f, 0.03f), (x + k * MathF.Max(0f, o.TopHalf - w * 0.4f), o.Top),
                (x + k * (o.HemHalf - w / 2) + o.Trail, o.Hem)));
        float hemX = x + o.Trail, hemY = o.Hem + 0.012f;
        strokes.Add(f.Stroke(0.045f, cloth, (0.25f, 0.25f), (hemX - o.HemHalf + w * 0.3f, hemY), (hemX, hemY - 0.008f),
            (hemX + o.HemHalf - w * 0.3f, hemY)));
        float backW = 0.15f * posed.Build;
        // Both from under the neck's base, so the neck shows between the shoulders and the head.
        var shoulder = (s.Neck.X, s.Neck.Y - 0.035f);
        strokes.Add(f.Stroke(backW, cloth, (0.04f, 0.3f), shoulder, ((s.Neck.X + s.Hip.X) * 0.5f, (s.Neck.Y + s.Hip.Y) * 0.5f),
            (s.Hip.X, s.Hip.Y - 0.02f)));
        // The line of the shoulders, broader than the waist: what makes a body read as a person from behind.
        var (l, r) = Shoulders(posed);
        strokes.Add(f.Stroke(0.07f * posed.Build, cloth, (0.25f, 0.25f), (l.X - 0.015f, l.Y + 0.005f), shoulder, (r.X + 0.015f, r.Y + 0.005f)));
    }

    /// <summary>The ends of the shoulders, figure units: grief hunches them (lower and drawn in), joy squares them.</summary>
    internal static ((float X, float Y) Far, (float X, float Y) Near) Shoulders(PosedFigure posed)
    {
        var (s, m) = (posed.Skeleton, posed.Placed.Figure.Mood);
        float hunch = Math.Clamp(m.Sorrow + m.Loss - m.Joy, -0.5f, 1f);
        float half = (0.095f - 0.012f * hunch) * MathF.Sqrt(posed.Build), y = s.Neck.Y - 0.03f - 0.018f * MathF.Max(0f, hunch);
        return ((s.Neck.X - half, y), (s.Neck.X + half, y));
    }

    // The end of the shoulders on `side` (+1 the near one, toward the way the figure turns).
    private static (float X, float Y) ShoulderOn(PosedFigure posed, float side)
    {
        var (far, near) = Shoulders(posed);
        return side > 0 ? near : far;
    }

    // The sleeves: full at the shoulder, tapering to the wrist.
    private static void Arms(List<Stroke> strokes, FigureBrush f, PosedFigure posed, Rgb cloth)
    {
        var s = posed.Skeleton;
        var (l, r) = Shoulders(posed);
        float w = SleeveWidth(posed);
        strokes.Add(f.Stroke(w, cloth, (0.05f, 0.3f), l, s.Far.Elbow, s.Far.Hand));
        strokes.Add(f.Stroke(w, cloth, (0.05f, 0.3f), r, s.Near.Elbow, s.Near.Hand));
    }

    // The neck, then the head seen from behind as a painter lays it: the back of the head one mass of hair over the
    // skull, the skin only at the nape below it (a skin-coloured head under a smaller mass of hair showed as a pale ring
    // round the hair on a pale figure), a rounded mass ending above the shoulders so the neck shows under it; over it short
    // hair filling the crown, long hair falling onto the back narrower than the head, a knot of hair, or a brimmed hat.
    // Turned toward the light (<paramref name="turned"/> given), the cheek shows past the hair.
    private static void Head(List<Stroke> strokes, FigureBrush f, PosedFigure posed, (Rgb Skin, Rgb Hair, Rgb Cloth) c, FigureLook? turned)
    {
        var s = posed.Skeleton;
        var (hx, hy) = s.Head;
        const float R = Skeleton.HeadRadius;
        strokes.Add(f.Stroke(R * NeckWidth, c.Skin, (0.2f, 0.3f), (s.Neck.X * 0.6f + hx * 0.4f, s.Neck.Y - 0.01f), (hx, hy - R * 0.5f)));
        if (turned is not null) strokes.Add(Face(f, posed, turned));
        strokes.Add(f.Stroke(R * 2f, c.Hair, (0.3f, 0.3f), (hx - 0.006f, hy - R * 0.2f), (hx - 0.004f, hy + R * 0.45f)));
        switch (posed.Hair)
        {
            case Hair.Long:
                strokes.Add(f.Stroke(R * 1.15f, c.Hair, (0.2f, 0.45f), (hx - 0.008f, hy + R * 0.3f), (hx - 0.016f, hy - R * 0.8f),
                    (s.Neck.X - 0.012f, s.Neck.Y - 0.08f)));
                break;
            case Hair.Hat:
                strokes.Add(f.Stroke(0.1f, c.Cloth, (0.05f, 0.05f), (hx, hy + 0.03f), (hx, hy + R + 0.012f)));
                strokes.Add(f.Stroke(0.024f, c.Cloth, (0.15f, 0.15f), (hx - 0.1f, hy + 0.036f), (hx, hy + 0.03f), (hx + 0.1f, hy + 0.036f)));
                break;
            case Hair.Bun:
                strokes.Add(f.Stroke(0.055f, c.Hair, (0.2f, 0.2f), (hx - 0.06f, hy + 0.03f), (hx - 0.066f, hy + 0.036f)));
                break;
        }
    }

    // The side toward the light caught in a lighter edge down the clothes and round the head: the figure takes the
    // scene's light as the land does. `side` is the lit side in figure units (+1 toward the way it turns).
    private static List<Stroke> Light(FigureBrush f, PosedFigure posed, FigureOutline o, Rgb lit, float side, float strength)
    {
        var s = posed.Skeleton;
        var shoulder = ShoulderOn(posed, side);
        float x = s.Hip.X, trail = o.Trail;
        return
        [
            f.Stroke(0.044f, lit, (0.3f, 0.35f), strength, (shoulder.X - side * 0.024f, shoulder.Y + 0.01f),
                (x + side * (o.WaistHalf - 0.024f), o.Waist), (x + side * (o.HemHalf - 0.029f) + trail, o.Hem + 0.02f)),
        ];
    }

    // The lit plane of a dark figure's body: the side toward the light a second value between the clothes' and the light's,
    // about two fifths of the body's width, laid as a broad veil and over it a narrower, stronger band along the edge, so
    // the light fades into the shade inward (one narrow stroke alone left a flat silhouette with a stripe down it). Both
    // set in from the outline, so the plane stays inside the body.
    private static List<Stroke> LitPlane(FigureBrush f, PosedFigure posed, FigureOutline o, Rgb plane, float side)
    {
        var shoulder = ShoulderOn(posed, side);
        float x = posed.Skeleton.Hip.X, reach = PlaneShare * 2f * o.WaistHalf;
        Stroke Band(float width, float opacity) => f.Stroke(width, plane, (0.3f, 0.3f), opacity,
            (shoulder.X - side * (width / 2 + 0.01f), shoulder.Y - 0.005f), (x + side * (o.WaistHalf - width / 2 - PlaneInset), o.Waist),
            (x + side * (o.HemHalf - width / 2 - PlaneInset) + o.Trail, o.Hem + 0.03f));
        var bands = new List<Stroke> { Band(reach, 0.6f), Band(reach * 0.55f, 0.6f) };
        // The sleeve toward the light in the same light, narrower than the sleeve so it stays inside it: the arm a value of
        // its own beside the body's shade (a cloak hides the arms).
        if (posed.Garment != Garment.Cloak)
        {
            var arm = side > 0 ? posed.Skeleton.Near : posed.Skeleton.Far;
            bands.Add(f.Stroke(SleeveWidth(posed) * 0.55f, plane, (0.2f, 0.4f), 0.6f, (shoulder.X, shoulder.Y - 0.015f), arm.Elbow, arm.Hand));
        }
        return bands;
    }

    // How wide a sleeve is, figure units: a shirt's slimmer.
    private static float SleeveWidth(PosedFigure posed) => (posed.Garment == Garment.Shirt ? 0.046f : 0.054f) * posed.Build;

    // How much of the body's width at the waist its lit plane covers, and how far inside the outline it is set (figure
    // units), so its jittered edge stays inside the silhouette.
    private const float PlaneShare = 0.55f, PlaneInset = 0.008f;

    // How far under the darkest its ground allows a dark figure's lit plane stays, in Oklab lightness: a second value of
    // the figure, under the edge light laid over it.
    private const float PlaneBelow = 0.15f;

    // The light down the near side of the arm and the leg toward the light: each a narrow stroke set in from that edge of
    // the limb and shorter than it, tapering at both ends, so it stays inside the limb's paint.
    private static List<Stroke> LimbLight(FigureBrush f, PosedFigure posed, (Rgb Leg, Rgb Arm) lit, float side, float strength)
    {
        var s = posed.Skeleton;
        var limb = side > 0 ? s.Near : s.Far;
        var shoulder = ShoulderOn(posed, side);
        float legIn = side * (0.031f * posed.Build - 0.016f), armIn = side * 0.008f;
        (float X, float Y) Toward((float X, float Y) a, (float X, float Y) b, float u) => (a.X + (b.X - a.X) * u, a.Y + (b.Y - a.Y) * u);
        var hip = (s.Hip.X + side * 0.035f * posed.Build + legIn, s.Hip.Y - 0.03f);
        return
        [
            f.Stroke(0.018f, lit.Leg, (0.35f, 0.5f), strength, hip, (limb.Knee.X + legIn, limb.Knee.Y),
                Toward((limb.Knee.X + legIn, limb.Knee.Y), limb.Foot, 0.7f)),
            f.Stroke(0.014f, lit.Arm, (0.35f, 0.5f), strength * 0.8f, (shoulder.X + armIn, shoulder.Y - 0.02f), (limb.Elbow.X + armIn, limb.Elbow.Y),
                Toward(limb.Elbow, limb.Hand, 0.55f)),
        ];
    }

    // The side away from the light in shade, down the clothes from the shoulder to the hem. `side` is that side.
    private static Stroke Shade(FigureBrush f, PosedFigure posed, FigureOutline o, Rgb shade, float side)
    {
        var shoulder = ShoulderOn(posed, side);
        float x = posed.Skeleton.Hip.X;
        return f.Stroke(0.05f * posed.Build, shade, (0.3f, 0.3f), 0.7f, (shoulder.X - side * 0.025f, shoulder.Y - 0.01f),
            (x + side * (o.WaistHalf - 0.03f), o.Waist), (x + side * (o.HemHalf - 0.035f) + o.Trail, o.Hem + 0.025f));
    }

    // The light on the head, on the edge of its lit side (light inside the hair read as a visor): a soft light along
    // the edge, and over it a few strands caught by the light, each its own length, radius and strength, following the
    // hair as it falls from the crown (one crisp crescent read as the rim of a space helmet, and a head with no light
    // on it as a smooth egg). A hat takes the soft light alone.
    private static List<Stroke> HairLight(FigureBrush f, PosedFigure posed, Rgb hair, Rgb lit, float side)
    {
        var (hx, hy) = posed.Skeleton.Head;
        const float R = Skeleton.HeadRadius;
        var rng = new Random(Targets.SeedMix.Of((int)(hx * 1000), (int)(posed.Height * 10), 0x4A1));
        float lift = posed.Hair == Hair.Hat ? 0.04f : 0f;
        (float X, float Y) On(float r, float degrees) =>
            (hx + side * r * MathF.Cos(degrees * MathF.PI / 180f), hy + lift + r * MathF.Sin(degrees * MathF.PI / 180f));
        var light = new List<Stroke>
        {
            f.Stroke(0.022f, Rgb.Lerp(hair, lit, 0.7f), (0.4f, 0.4f), 0.5f, On(R * 0.72f, 65f), On(R * 0.74f, 30f), On(R * 0.7f, -5f)),
        };
        if (lift > 0f) return light;
        var strand = Rgb.Lerp(hair, lit, 0.6f);
        for (int k = 0; k < 3; k++)
        {
            // Down the lit edge from near the crown, each starting lower than the last, of its own length and radius.
            float from = 75f - 28f * k - 10f * rng.NextSingle(), to = from - 18f - 22f * rng.NextSingle(), r = R * (0.68f + 0.1f * rng.NextSingle());
            light.Add(f.Stroke(0.007f + 0.004f * rng.NextSingle(), strand, (0.3f, 0.5f), 0.4f + 0.3f * rng.NextSingle(), On(r, from),
                On(r * 1.02f, (from + to) / 2), On(r * 0.98f, to)));
        }
        return light;
    }
}
