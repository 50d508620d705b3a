using Echoes.Brushes;
using Echoes.Color;
using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// Draws the landscape of a scene: a sky graded by time (clouds, sun or moon, stars at night), ridges from layered
/// noise with atmospheric perspective (far ridges paler and bluer), sweeping ground planes that lead the eye, a river,
/// path or shoreline, and water with the sun's reflection. Returns the land and water shapes for the region masks.
/// </summary>
internal sealed class LandscapeDrawing(Scene scene, int w, int h)
{
    public LandscapePalette Palette { get; } = LandscapePalette.For(scene.Landscape.Kind, scene.Landscape.Time);
    public float HorizonY => scene.Landscape.Horizon * h;
    public int RidgeCount { get; private set; }
    public SKPath Land { get; private set; } = new();
    public SKPath? Water { get; private set; }
    /// <summary>The river or path that leads the eye in, where the landscape has one.</summary>
    public Course? Course { get; private set; }
    public List<Ridge> Ridges { get; } = [];
    /// <summary>The crests of the folds in the ground, far to near (none on a coast).</summary>
    public List<GroundFold> Folds { get; } = [];
    /// <summary>Where the ground in front of the ridges begins, working pixels from the top.</summary>
    public float LandTop => HorizonY + (h - HorizonY) * (scene.Landscape.Kind == LandscapeKind.Coast ? 0.0f : 0.06f);
    public float GroundTop => HorizonY + (h - HorizonY) * (scene.Landscape.Kind == LandscapeKind.Coast ? 0.42f : 0.08f);

    private readonly uint _seed = (uint)scene.Seed;

    // Ranges beyond the land's own, each further one taller and paler, so the distance recedes in steps of air (as ink
    // painters layer far mountains) instead of ending in one flat band; none over the open sea.
    private int FarRanges => scene.Landscape.Kind switch
    {
        LandscapeKind.Coast => 0,
        LandscapeKind.Mountains or LandscapeKind.Dunes => 1,
        _ => 2,
    };
    public (float X, float Y) Sun => scene.Landscape.Time switch
    {
        TimeOfDay.Dawn => (0.24f * w, HorizonY - 0.07f * h),
        TimeOfDay.Day => (0.68f * w, 0.13f * h),
        TimeOfDay.Dusk => (0.74f * w, HorizonY - 0.05f * h),
        _ => (0.8f * w, 0.17f * h),
    };

    public void Draw(SKCanvas c)
    {
        DrawSky(c);
        var ridges = new List<SKPath>();
        int own = scene.Landscape.Kind switch
        {
            LandscapeKind.Mountains => 5,
            LandscapeKind.Valley => 4,
            // Dunes: a few ranks, each seen whole enough to show its swells (six thin ones stacked under the horizon read
            // as level terraces).
            LandscapeKind.Dunes => 3,
            LandscapeKind.Coast => 2,
            _ => 3
        };
        RidgeCount = own + FarRanges;
        for (int r = 0; r < RidgeCount; r++) ridges.Add(DrawRidge(c, r, RidgeCount));
        var ground = DrawGround(c);
        using var landBuilder = new SKPathBuilder();
        foreach (var p in ridges) landBuilder.AddPath(p);
        landBuilder.AddPath(ground);
        Land = landBuilder.Detach();
    }

    // The sky's gradient at height y: the top's colour, half-way at 55 % of the way down, the horizon's just below it.
    private SKColor SkyAt(float y)
    {
        var p = Palette;
        float t = Math.Clamp(y / (HorizonY + 0.05f * h), 0f, 1f);
        return t < 0.55f ? LandscapePalette.Mix(p.SkyTop, LandscapePalette.Mix(p.SkyTop, p.SkyHorizon, 0.55f), t / 0.55f)
            : LandscapePalette.Mix(LandscapePalette.Mix(p.SkyTop, p.SkyHorizon, 0.55f), p.SkyHorizon, (t - 0.55f) / 0.45f);
    }

    /// <summary>The radius of the sun's or moon's disc at <paramref name="time"/> in a <paramref name="w"/> by
    /// <paramref name="h"/> picture.</summary>
    public static float DiscRadius(TimeOfDay time, float w, float h) => MathF.Min(w, h) * (time == TimeOfDay.Night ? 0.03f : 0.045f);

    /// <summary>How far the sun's or moon's glow reaches from its middle across the composed sky at
    /// <paramref name="time"/>, in a <paramref name="w"/> by <paramref name="h"/> picture.</summary>
    public static float GlowReach(TimeOfDay time, float w, float h) => DiscRadius(time, w, h) * 9f;

    private void DrawSky(SKCanvas c)
    {
        var p = Palette;
        using var sky = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, HorizonY + 0.05f * h),
            [p.SkyTop, LandscapePalette.Mix(p.SkyTop, p.SkyHorizon, 0.55f), p.SkyHorizon], [0f, 0.55f, 1f], SKShaderTileMode.Clamp)
        };
        c.DrawRect(0, 0, w, h, sky);
        var rng = new Random((int)_seed ^ 0x51C7);
        if (scene.Landscape.Time == TimeOfDay.Night)
        {
            using var star = new SKPaint { Color = new SKColor(0xf0, 0xf0, 0xff, 200), IsAntialias = true };
            for (int i = 0; i < 160; i++) c.DrawCircle(rng.NextSingle() * w, rng.NextSingle() * HorizonY * 0.9f, 0.4f
                + rng.NextSingle() * 0.9f, star);
        }
        var (sx, sy) = Sun;
        var time = scene.Landscape.Time;
        float r = DiscRadius(time, w, h), reach = GlowReach(time, w, h);
        // A sun gone down to the horizon lights the air along it, not up to the zenith: its gold carried up into the
        // deep violet there greyed it into a murky olive-brown band at the top.
        float squash = time == TimeOfDay.Dusk ? 0.5f : 1f;
        using (var glow = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(sx, sy), reach, [p.Sun.WithAlpha(150), p.Sun.WithAlpha(0)], [0f, 1f],
                SKShaderTileMode.Clamp, SKMatrix.CreateScale(1f, squash, sx, sy)),
        })
            c.DrawOval(sx, sy, reach, reach * squash, glow);
        using (var disc = new SKPaint { Color = p.Sun, IsAntialias = true }) c.DrawCircle(sx, sy, r, disc);
        // Clouds: soft elongated banks catching the light.
        int clouds = scene.Landscape.Time == TimeOfDay.Night ? 3 : 6;
        using var cloud = new SKPaint { IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, h * 0.015f) };
        for (int i = 0; i < clouds; i++)
        {
            float cx = rng.NextSingle() * w, cy = HorizonY * (0.15f + 0.65f * rng.NextSingle());
            float cw = w * (0.12f + 0.2f * rng.NextSingle()), ch = h * (0.015f + 0.025f * rng.NextSingle());
            cloud.Color = LandscapePalette.Mix(p.SkyHorizon, p.Sun, 0.3f + 0.4f * rng.NextSingle()).WithAlpha((byte)(90 + rng.Next(80)));
            c.DrawOval(new SKRect(cx - cw / 2, cy - ch / 2, cx + cw / 2, cy + ch / 2), cloud);
        }
    }

    // Ridge r of count, far (r = 0) to near: paler, cooler and hazier with distance, its foot lost in mist.
    private SKPath DrawRidge(SKCanvas c, int r, int count)
    {
        var kind = scene.Landscape.Kind;
        // 0 far, 1 near. A coast's two headlands both close the bay, one only a little further off: as the farthest of a
        // range of hills, the one toward the sun was hazed into a pale cloud floating over the sea.
        float depth = kind == LandscapeKind.Coast ? 0.6f + 0.4f * r / (float)Math.Max(1, count - 1) : r / (float)Math.Max(1, count - 1);
        int own = r - FarRanges, ownCount = count - FarRanges;
        float ownDepth = own / (float)Math.Max(1, ownCount - 1);
        float baseY = HorizonY + (h - HorizonY) * (kind == LandscapeKind.Coast ? 0.02f : 0.03f + 0.05f * MathF.Max(0f, ownDepth));
        float amp = h * (own < 0 ? FarHeight(kind, -own) : kind switch
        {
            LandscapeKind.Mountains => 0.3f - 0.14f * ownDepth,
            LandscapeKind.Valley => own == 0 ? 0.16f : 0.26f - 0.08f * ownDepth,
            LandscapeKind.Plains when own == 0 => 0.12f,
            LandscapeKind.Dunes => 0.14f - 0.06f * ownDepth,
            LandscapeKind.Coast => 0.1f,
            _ => 0.045f,
        });
        // The ranges beyond are mountains (over dunes, greater dunes), in their own shapes.
        var shape = own >= 0 || kind == LandscapeKind.Dunes ? kind : LandscapeKind.Mountains;
        var profile = new RidgeProfile(shape, _seed * 31u + (uint)(own >= 0 ? own : 100 + r) * 7919u, own >= 0 ? own : r + 7, Lee,
            Rugged(kind, own, ownDepth));
        var (path, crestPoints) = Outline(profile, baseY, amp);
        var p = Palette;
        // Atmospheric perspective: the far ranges take the colour of the air in front of them; the near are darker and
        // their own colour. Their feet are lost in that air (mist).
        var air = Air(crestPoints.Average(q => q.Y));
        // Dunes beyond the ground are further off than its far edge, so never darker than it: sand in the air's colour,
        // its form in its slip faces (darkened toward black as a range, the nearest was a flat dark strip across the picture).
        bool dunes = kind == LandscapeKind.Dunes && own >= 0;
        float haze = dunes ? 0.4f + 0.45f * MathF.Pow(1f - depth, 1.3f) : 0.05f + 0.72f * MathF.Pow(1f - depth, 1.3f);
        // Darkened with nearness only as far as it rises over the land in front (seen: where that land hides it): a low
        // swell at the ground's far edge is of that edge, seen against the range behind it and not the sky, and darkened as
        // a near range (or, below, as a silhouette) it lay across the picture as a dark strip on the horizon.
        // (A coast's headlands stand in the bay, before the sea's far edge: seen against the sky however low.)
        float seen = MathF.Min(baseY, LandTop), peak = crestPoints.Min(q => q.Y);
        float rise = kind == LandscapeKind.Coast ? 1f : Math.Clamp((seen - peak) / (0.1f * h), 0f, 1f);
        var earth = dunes ? p.Land : Earth(depth);
        var top = LandscapePalette.Mix(LandscapePalette.Mix(earth, SKColors.Black, dunes ? 0f : (0.3f + 0.4f * (1f - p.Light)) * depth
            * (0.4f + 0.6f * rise)), air, haze);
        // Against a sun low ahead the face turned to the viewer is in its own shade: darker and cooler, a silhouette on
        // the bright sky (lit by the sky's glow in front of it, as a range at day is lit by the sun). Not over dunes, whose
        // near swells keep their sand's light, so the ranges beyond them stay nearer the sky.
        if (kind != LandscapeKind.Dunes) top = LandscapePalette.Mix(top, Shade, 0.4f * Backlight * depth * (1f - haze) * rise);
        var mist = LandscapePalette.Mix(air, top, 0.2f + 0.55f * depth);
        _foot = mist;
        // The far ranges grade into the air from their peak down; the near keep their own value down most of their height,
        // the mist only about their foot: graded from the peak (or from just over half-way down it), a near range's lower
        // humps were all mist, as light as the land behind them, and only their dark crests were seen, as wire over a
        // see-through form (the hollow arch).
        // Graded down to where it is seen to end (seen), the ground's (or the sea's) far edge in front of it: graded to its
        // foot under the ground, a near range kept its full dark down to that bright edge, a ruled seam along the horizon.
        float from = peak + (seen - peak) * 0.85f * depth;
        using var paint = new SKPaint
        {
            IsAntialias = true, Shader = SKShader.CreateLinearGradient(new SKPoint(0, from), new SKPoint(0, seen + 2),
            [top, LandscapePalette.Mix(top, mist, 0.35f), mist], [0f, 0.55f, 1f], SKShaderTileMode.Clamp)
        };
        c.DrawPath(path, paint);
        if (!dunes && depth > 0.3f) Turn(c, path, crestPoints, seen, top, depth);
        FootHaze(c, path, seen, peak, depth, r);
        if (dunes)
        {
            var shade = LandscapePalette.Mix(DuneField.Shade(p.Land, p.SkyTop), air, haze);
            var lit = LandscapePalette.Mix(LandscapePalette.Mix(p.Land, p.Sun, 0.45f), air, haze);
            c.Save();
            c.ClipPath(path, antialias: true);
            DuneField.SlipFaces(c, crestPoints, baseY, Lee, shade, lit, 1f - haze);
            c.Restore();
        }
        Ridges.Add(new Ridge(crestPoints, depth, Rgb.FromSrgb8(top.Red, top.Green, top.Blue)));
        return path;
    }

    // A near range turned in the light: its shade in the body, on the side turned from the sun or moon. Under a high light
    // strong enough that its lit and shade planes are two values, as a painter states them first; against a light low
    // ahead, the face all in its own shade, only as much as keeps it one dark mass. By a weak light (the moon) the lit plane
    // is lifted less and the shade sunk a little deeper, so the two planes still part while the near range stays further
    // from the night sky's value than the far one.
    private void Turn(SKCanvas c, SKPath path, (float X, float Y)[] crest, float seen, SKColor top, float depth)
    {
        var p = Palette;
        float near = (depth - 0.3f) / 0.7f, front = 1f - Backlight, dim = (1f - p.Light) * front;
        RidgeShade.Lay(c, path, crest, seen, LandscapePalette.Mix(top, Shade, 0.45f + 0.1f * front + NightShade * dim),
            LandscapePalette.Mix(top, p.Sun, 0.4f * (1f - NightLit * dim) + 0.2f * Backlight), Lee,
            Backlight * 0.6f * near + front * (0.15f + 0.75f * near), (Sun.X, Sun.Y, Backlight));
    }

    // How much deeper the shade plane, and how much less lifted the lit one, by a light as dim as the moon (x its dimness).
    private const float NightShade = 0.1f, NightLit = 0.4f;

    // How rugged a range is (RidgeProfile): the far ranges a little (simple shapes in the air), the land's own the more the
    // nearer; dunes, a coast's headlands, a valley's sides and the low swells of a plain not at all.
    private static float Rugged(LandscapeKind kind, int own, float ownDepth) => kind switch
    {
        LandscapeKind.Dunes or LandscapeKind.Coast => 0f,
        _ when own < 0 => 0.08f,
        LandscapeKind.Plains or LandscapeKind.Valley when own > 0 => 0f,
        _ => 0.35f + 0.65f * ownDepth,
    };

    // A range's shape: its crest along the profile, from baseY up by amp at most, left to right, and down to the foot of
    // the picture.
    private (SKPath Path, (float X, float Y)[] Crest) Outline(RidgeProfile profile, float baseY, float amp)
    {
        const int steps = 160;
        var crest = new (float X, float Y)[steps + 1];
        using var pb = new SKPathBuilder();
        pb.MoveTo(0, h);
        for (int i = 0; i <= steps; i++)
        {
            float x = i / (float)steps;
            crest[i] = (x * w, baseY - amp * profile.At(x));
            pb.LineTo(crest[i].X, crest[i].Y);
        }
        pb.LineTo(w, h);
        pb.Close();
        return (pb.Detach(), crest);
    }

    // The land of a range at depth (0 far, 1 near) before the air veils it: the nearer, the warmer its earth (in the light
    // there is: little by night, none against a light low ahead), so the near ranges stand forward warm and the far
    // recede cool (all one grey, near and far parted only by paleness).
    private SKColor Earth(float depth)
    {
        var land = Palette.Land;
        float k = 0.3f * depth * Palette.Light * (1f - Backlight);
        return new SKColor((byte)Math.Min(255f, land.Red * (1f + 0.3f * k)), land.Green, (byte)(land.Blue * (1f - 0.45f * k)));
    }

    // The air between the viewer and a range's foot: the lowest band of a range seen over the ground is its palest, veiled
    // by the air as the ground's far edge in front of it is (at the same distance, the same veil), so the range meets the
    // land through the air and never in a dark ruled line over the ground's bright edge (nor a bright one). Against a sun
    // low ahead the air there glows with it, and the nearest ranges, darkest in their own shade, take the most of it. Laid
    // in soft overlapping swells of their own breadth and height, so the veil rises and falls along the foot: graded level
    // across the picture, the rows that paint it laid it in level steps from edge to edge.
    private void FootHaze(SKCanvas c, SKPath range, float seen, float peak, float depth, int r)
    {
        // A coast's headlands rise out of the bay, nearer than the sea's far edge: less air before their feet.
        float band = MathF.Min(FootBand * h, 0.4f * (seen - peak)), strength = (0.45f + 0.3f * Backlight) * (0.4f + 0.6f * depth)
            * (scene.Landscape.Kind == LandscapeKind.Coast ? 0.4f : 1f);
        if (band < 1f) return;
        var veil = LandscapePalette.Mix(Air(seen), EdgeOfLand, 0.5f);
        var rng = new Random((int)_seed ^ (0xF007 + 31 * r));
        c.Save();
        c.ClipPath(range, antialias: true);
        using var paint = new SKPaint { IsAntialias = true };
        float x = -w * 0.05f * rng.NextSingle();
        while (x < w * 1.05f)
        {
            float rx = w * (0.05f + 0.08f * rng.NextSingle()), ry = band * (0.8f + 0.7f * rng.NextSingle());
            byte a = (byte)(255 * Math.Min(1f, strength * (0.55f + 0.25f * rng.NextSingle())));
            using var shader = SKShader.CreateRadialGradient(new SKPoint(x, seen), rx, [veil.WithAlpha(a), veil.WithAlpha((byte)(a / 3)),
                veil.WithAlpha(0)], [0f, 0.5f, 1f], SKShaderTileMode.Clamp, SKMatrix.CreateScale(1f, ry / rx, x, seen));
            paint.Shader = shader;
            c.DrawOval(new SKRect(x - rx, seen - ry, x + rx, seen + ry), paint);
            x += rx * (0.7f + 0.5f * rng.NextSingle());
        }
        c.Restore();
    }

    /// <summary>How far up a range (a share of the picture's height) the air veils it over the ground's far edge.</summary>
    public const float FootBand = 0.06f;

    // The colour of the ground's far edge (before the folds and the light on it): the land in the air's colour.
    private SKColor EdgeOfLand => LandscapePalette.Mix(Palette.Land, Palette.SkyHorizon, 0.25f);

    // The air in front of the land at height y: the sky's colour there (cooler and darker than a glowing horizon), a little
    // lit by the sun or moon; in low light the moon's glow in it is most of what parts one range from the next (night
    // ranges in the sky's own dark stood no lighter than the nearest, which then read only by their crests).
    private SKColor Air(float y) => LandscapePalette.Mix(SkyAt(y), Palette.Sun, 0.08f * Palette.Light + 0.22f * MathF.Max(0f, 0.5f - Palette.Light));

    // The colour of the land's deepest shade: cool and dark, never black.
    private static readonly SKColor Shade = new(0x14, 0x10, 0x1c);

    // How much the sun or moon lights the land from behind (RidgeShade.Backlight).
    private float Backlight => RidgeShade.Backlight(Sun.Y, HorizonY, h);

    // The side dunes' steep lee flanks face: away from the sun or moon (−1 left, 1 right).
    private float Lee => Sun.X > w / 2f ? -1f : 1f;

    // The colour at the foot of the nearest range drawn so far, where the ground's far edge meets it.
    private SKColor _foot;

    // The height of the range `beyond` steps beyond the land's own (1 the nearest of them): each further
    // one rises higher than the one before it, so it shows over it.
    private static float FarHeight(LandscapeKind kind, int beyond) => (kind switch
    {
        LandscapeKind.Mountains => 0.36f,
        LandscapeKind.Valley => 0.19f,
        LandscapeKind.Dunes => 0.17f,
        _ => 0.14f,
    }) * (1f + 0.22f * (beyond - 1));

    private SKPath DrawGround(SKCanvas c)
    {
        var p = Palette;
        var kind = scene.Landscape.Kind;
        float top = LandTop;
        var groundRect = new SKRect(0, top, w, h);
        if (kind == LandscapeKind.Dunes) Folds.AddRange(new DuneField(_seed, w, h, top).Draw(c, p, Air(HorizonY), _foot, Lee));
        else using (var g = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, h),
            [EdgeOfLand, p.Land, p.LandNear], [0f, 0.45f, 1f], SKShaderTileMode.Clamp)
        })
            c.DrawRect(groundRect, g);
        // (A dune sea's far edge is already in the air's colour, and its far rows of sand are the horizon's light.)
        if (kind is not LandscapeKind.Coast and not LandscapeKind.Dunes)
        {
            Glow(c, top);
            DrawFolds(c, top);
        }
        using var pbGround = new SKPathBuilder();
        pbGround.AddRect(groundRect);
        var ground = pbGround.Detach();
        if (kind == LandscapeKind.Coast) DrawSea(c, top);
        else if (kind is LandscapeKind.Valley or LandscapeKind.Plains) DrawRiverOrPath(c, top, kind == LandscapeKind.Valley);
        return ground;
    }

    // The far ground under a sun low ahead: lit by its glow, brightest under it and fading toward the viewer and away to
    // the sides, so the land's far edge is as light as the air over it, not a dark strip under the bright sky.
    private void Glow(SKCanvas c, float top)
    {
        if (Backlight <= 0f) return;
        var p = Palette;
        float rx = w * 0.7f, ry = (h - top) * 0.2f;
        var glow = LandscapePalette.Mix(p.SkyHorizon, p.Sun, 0.4f);
        byte a = (byte)(100 * Backlight);
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateRadialGradient(new SKPoint(Sun.X, top), rx, [glow.WithAlpha(a), glow.WithAlpha((byte)(a / 3)),
                glow.WithAlpha(0)], [0f, 0.45f, 1f], SKShaderTileMode.Clamp, SKMatrix.CreateScale(1f, ry / rx, Sun.X, top)),
        };
        c.DrawRect(0, top, w, h - top, paint);
    }

    // Folds in the ground, far to near, so the land has form and depth and never reads as a flat field (or, at night, a
    // void): each a swell whose crest catches the light, the slope toward the viewer in shade below it. Dunes are all
    // swells, deep and sharp-crested; other land folds gently.
    private void DrawFolds(SKCanvas c, float top)
    {
        var p = Palette;
        bool dunes = scene.Landscape.Kind == LandscapeKind.Dunes;
        float depthOfGround = h - top, strength = dunes ? 1f : 0.7f;
        var rng = new Random((int)_seed ^ 0xF01D);
        int count = dunes ? 5 : 3;
        var shade = LandscapePalette.Mix(p.LandNear, new SKColor(0x10, 0x0c, 0x18), dunes ? 0.45f : 0.3f);
        var lit = LandscapePalette.Mix(p.Land, p.Sun, 0.55f);
        for (int i = 0; i < count; i++)
        {
            float t = 0.1f + 0.85f * MathF.Pow((i + 0.25f + 0.5f * rng.NextSingle()) / count, 1.35f);
            // Dunes swell high and sweep across the picture on a slant, so they read as sand hills, not as level bands.
            float amp = depthOfGround * (0.04f + 0.14f * t) * strength * strength * (dunes ? 1.7f : 1f);
            float band = depthOfGround * (0.04f + 0.12f * t) * (0.6f + 0.4f * strength);
            float f = 0.45f + 0.6f * rng.NextSingle(), ph = rng.NextSingle() * 6.3f, ph2 = rng.NextSingle() * 6.3f;
            float tilt = (rng.NextSingle() - 0.5f) * (dunes ? 0.6f : 0.3f) * depthOfGround * strength, baseY = top + depthOfGround * t;
            var crest = new (float X, float Y)[97];
            for (int k = 0; k < crest.Length; k++)
            {
                float x = k / 96f;
                // Dunes: a long windward flank and a short lee (the sine's harmonic skews each swell).
                float wave = MathF.Sin(6.283f * (f * x) + ph) + (dunes ? 0.45f : 0.3f) * MathF.Sin(6.283f * (2f * f * x) + ph2);
                crest[k] = (x * w, baseY + amp * wave + tilt * (x - 0.5f));
            }
            Folds.Add(new GroundFold(crest, band));
            using var edge = new SKPathBuilder();
            edge.MoveTo(crest[0].X, crest[0].Y);
            foreach (var q in crest.Skip(1)) edge.LineTo(q.X, q.Y);
            using var line = edge.Detach();
            using var below = new SKPathBuilder();
            below.AddPath(line);
            below.LineTo(w, h); below.LineTo(0, h); below.Close();
            using var belowPath = below.Detach();
            float alpha = MathF.Min(255f, 230f * strength * (0.6f + 0.4f * t));
            using var paint = new SKPaint
            {
                IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = band, Color = shade.WithAlpha((byte)alpha),
                MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, band * 0.35f),
            };
            // The shade: sharp at the crest (clipped there), fading down the slope toward the viewer.
            c.Save();
            c.ClipPath(belowPath, antialias: true);
            c.Translate(0, band * 0.3f);
            c.DrawPath(line, paint);
            c.Restore();
            // The lit back of the swell, above the crest: broad and soft, a slope in the light (a narrow bright band
            // read as a line drawn across the ground).
            c.Save();
            c.ClipPath(belowPath, SKClipOperation.Difference, antialias: true);
            float back = MathF.Max(band * 0.9f, depthOfGround * 0.06f);
            paint.StrokeWidth = back;
            paint.Color = lit.WithAlpha((byte)(alpha * 0.5f));
            paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, back * 0.35f);
            c.DrawPath(line, paint);
            c.Restore();
        }
    }

    /// <summary>The light falling where the people are: one broad soft pool over the ground around them, leaning toward
    /// the sun or moon, so the eye goes there (the painting's focus) and dark figures read against it.</summary>
    public void DrawLight(SKCanvas c, IReadOnlyList<PlacedFigure> figures)
    {
        if (figures.Count == 0) return;
        var p = Palette;
        float weight = figures.Sum(f => f.Height);
        float fx = figures.Sum(f => f.X * f.Height) / weight, fy = figures.Sum(f => f.Y * f.Height) / weight;
        fx += (Sun.X - fx) * 0.25f;
        // Deep enough to hold the people from the farthest to the nearest: spread in depth, they all stand in its light.
        float rx = w * 0.55f, ry = MathF.Max((h - LandTop) * 0.3f, (figures.Max(f => f.Y) - figures.Min(f => f.Y)) * 0.6f);
        using var pool = new SKPaint
        {
            IsAntialias = true,
            Shader = SKShader.CreateRadialGradient(new SKPoint(fx, fy), rx, [LandscapePalette.Mix(p.Land, p.Sun, 0.6f).WithAlpha(190),
                LandscapePalette.Mix(p.Land, p.Sun, 0.35f).WithAlpha(90), p.Land.WithAlpha(0)], [0f, 0.5f, 1f], SKShaderTileMode.Clamp,
                SKMatrix.CreateScale(1f, ry / rx, fx, fy)),
        };
        c.Save();
        c.ClipRect(new SKRect(0, LandTop, w, h));
        c.DrawRect(0, LandTop, w, h, pool);
        c.Restore();
    }

    private void DrawSea(SKCanvas c, float top)
    {
        var p = Palette;
        float shore = top + (h - top) * 0.4f;
        using var pb = new SKPathBuilder();
        pb.MoveTo(0, top);
        pb.LineTo(w, top);
        pb.LineTo(w, shore - (h - top) * 0.06f);
        pb.CubicTo(w * 0.7f, shore + (h - top) * 0.05f, w * 0.35f, shore - (h - top) * 0.07f, 0, shore + (h - top) * 0.03f);
        pb.Close();
        Water = pb.Detach();
        using (var sea = new SKPaint
        {
            IsAntialias = true, Shader = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, shore),
            [LandscapePalette.Mix(p.Water, p.SkyHorizon, 0.45f), p.Water], [0f, 1f], SKShaderTileMode.Clamp)
        })
            c.DrawPath(Water, sea);
        // The sun's path on the water as a soft glow widening toward the viewer: the brushwork lays its glitter
        // (WaterStrokes). Glints drawn here as bright bars were copied by the painter as a stack of grey blocks, a comb.
        var (sx, _) = Sun;
        float depth = shore - top;
        using var pathBuilder = new SKPathBuilder();
        pathBuilder.MoveTo(sx - w * 0.015f, top);
        pathBuilder.LineTo(sx + w * 0.015f, top);
        pathBuilder.LineTo(sx + w * 0.12f, shore + depth * 0.2f);
        pathBuilder.LineTo(sx - w * 0.12f, shore + depth * 0.2f);
        pathBuilder.Close();
        using var glow = pathBuilder.Detach();
        // Blurred wide, so no side of it reads as an edge, and in the light's colour as the sky at the horizon warms it:
        // the sun's own pale yellow over blue water made a grey column that drained the sea.
        using var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, w * 0.045f);
        var tone = LandscapePalette.Mix(p.SkyHorizon, p.Sun, 0.6f);
        using var fall = SKShader.CreateLinearGradient(new SKPoint(0, top), new SKPoint(0, shore), [tone.WithAlpha(95), tone.WithAlpha(25)],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { IsAntialias = true, MaskFilter = blur, Shader = fall };
        c.Save();
        c.ClipPath(Water);
        c.DrawPath(glow, paint);
        c.Restore();
    }

    private void DrawRiverOrPath(SKCanvas c, float top, bool river)
    {
        var p = Palette;
        // A winding band from the foreground to the horizon leads the eye in.
        using var pb = new SKPathBuilder();
        float cx = w * (0.42f + 0.16f * Noise.Unit(_seed, 3));
        float d = h - top;
        // A path narrower at the viewer's feet than a river: a track two people wide, not a road.
        (float X, float Y) l0 = (cx - w * 0.004f, top), l1 = (cx - w * 0.12f, top + d * 0.35f), l2 = (cx + w * 0.2f, top + d * 0.6f),
            l3 = (cx - w * (river ? 0.16f : 0.09f), h);
        (float X, float Y) r0 = (cx + w * 0.004f, top), r1 = (cx - w * 0.1f, top + d * 0.35f), r2 = (cx + w * 0.24f, top + d * 0.6f),
            r3 = (cx + w * (river ? 0.02f : 0.05f), h);
        pb.MoveTo(l0.X, l0.Y);
        pb.CubicTo(l1.X, l1.Y, l2.X, l2.Y, l3.X, l3.Y);
        pb.LineTo(r3.X, r3.Y);
        pb.CubicTo(r2.X, r2.Y, r1.X, r1.Y, r0.X, r0.Y);
        pb.Close();
        Course = new Course(Course.Sample(l0, l1, l2, l3, 64), Course.Sample(r0, r1, r2, r3, 64), river);
        var path = pb.Detach();
        // A trodden track a small step off its land, not a pale veil over it: its banks and ruts (CourseStrokes) draw it.
        var color = river ? LandscapePalette.Mix(p.Water, p.SkyHorizon, 0.5f) : LandscapePalette.Mix(p.Land, p.Sun, 0.2f);
        using var paint = new SKPaint { IsAntialias = true, Color = color.WithAlpha(river ? (byte)230 : (byte)150) };
        c.DrawPath(path, paint);
        if (river) Water = path; else path.Dispose();
    }
}
