using Echoes.Color;
using Echoes.Imaging;
using Echoes.Targets;
using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// Turns a <see cref="Scene"/> into a painting target: the landscape drawn at working size, with region masks (sky,
/// land, water) the painter uses for its brushwork, the people as its focus, and the places of the figures. The
/// figures, ties and echoes are not in the target: <see cref="SceneMarks"/> paints them as the scene's own strokes over
/// the painted landscape. Deterministic for a scene and its seed.
/// </summary>
internal static class SceneComposer
{
    /// <summary>Composes <paramref name="scene"/> at a working size (long side, pixels).</summary>
    public static Composition Compose(Scene scene, int workingLongSide = 900)
    {
        // Scaled as one, so the working canvas keeps the scene's proportions even when the short side needs raising.
        var (sw, sh) = scene.Size;
        float k = Math.Max(workingLongSide / (float)Math.Max(sw, sh), Scene.MinSide / (float)Math.Max(1, Math.Min(sw, sh)));
        int w = (int)MathF.Round(sw * k), h = (int)MathF.Round(sh * k);
        var land = new LandscapeDrawing(scene, w, h);
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bmp = new SKBitmap(info);
        List<PlacedFigure> figures;
        using (var c = new SKCanvas(bmp))
        {
            land.Draw(c);
            var water = land.Water;
            figures = SceneLayout.Place(scene, w, h, (x, y) => water is null || !water.Contains(x, y - 1), land.GroundTop, h * 0.965f,
                [land.HorizonY, land.LandTop]);
            land.DrawLight(c, figures);
        }
        var picture = Canvas.FromBitmap(bmp).ToPicture();
        // The painting has the scene's aspect, not the rounded working size's.
        picture.SourceSize = (scene.Size.Width, scene.Size.Height);
        var landMask = Mask(w, h, c => { using var p = new SKPaint { IsAntialias = true, Color = SKColors.White }; c.DrawPath(land.Land, p); });
        var waterMask = Mask(w, h, c =>
        {
            if (land.Water is { } wp)
            {
                using var p = new SKPaint
                {
                    IsAntialias = true,
                    Color = SKColors.White
                }; c.DrawPath(wp, p);
            }
        });
        var sky = new float[w * h];
        for (int i = 0; i < sky.Length; i++) sky[i] = Math.Clamp(1f - landMask[i] - waterMask[i], 0f, 1f);
        var regions = new RegionMasks(sky, landMask, waterMask);
        // The people are the subject, through the same focus a photograph's subject is found into: the painter spends
        // its detail on the ground where they stand, and stays loose far from them.
        var target = Target.FromPicture(picture, workingLongSide).WithRegions(regions);
        target = target.WithSubject(SceneFocus.Of(figures, target.Width, target.Height));
        var layers = LandLayers.Build(w, h, land.Ridges, land.LandTop, waterMask);
        return new Composition(scene, target, regions, figures, land.HorizonY, land.RidgeCount, ToRgb(land.Palette.SkyTop),
            ToRgb(land.Palette.SkyHorizon), (land.Sun.X, land.Sun.Y, ToRgb(land.Palette.Sun)), land.Ridges, layers, land.LandTop, land.Folds,
            land.Course);
    }

    private static Rgb ToRgb(SKColor c) => Rgb.FromSrgb8(c.Red, c.Green, c.Blue);

    private static float[] Mask(int w, int h, Action<SKCanvas> draw)
    {
        using var bmp = new SKBitmap(new SKImageInfo(w, h, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var c = new SKCanvas(bmp))
        {
            c.Clear(SKColors.Transparent);
            draw(c);
        }
        var bytes = bmp.GetPixelSpan();
        var m = new float[w * h];
        int stride = bmp.RowBytes;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) m[y * w + x] = bytes[y * stride + x] / 255f;
        return m;
    }
}
