using Echoes.Color;
using Echoes.Imaging;
using Echoes.Targets;
using SkiaSharp;

namespace Echoes.Scenes;

/// <summary>
/// Turns a <see cref="Scene"/> into a painting target: the landscape, the figures placed across it and the echoes
/// between them, drawn at working size, with region masks (sky, land, water, figures, echoes) the painter uses for its
/// brushwork. Deterministic for a scene and its seed.
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
            figures = SceneLayout.Place(scene, w, h, (x, y) => water is null || !water.Contains(x, y - 1), land.GroundTop, h * 0.965f);
            EchoDrawing.Draw(c, scene, figures, w);
            foreach (var f in figures) FigureDrawing.Draw(c, f, land.Palette);
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
        var figureMask = Mask(w, h, c => { foreach (var f in figures) FigureDrawing.Draw(c, f, land.Palette, SKColors.White); });
        var echoMask = Mask(w, h, c => EchoDrawing.Draw(c, scene, figures, w, SKColors.White));
        var sky = new float[w * h];
        for (int i = 0; i < sky.Length; i++) sky[i] = Math.Clamp(1f - landMask[i] - waterMask[i], 0f, 1f);
        var regions = new RegionMasks(sky, landMask, waterMask, figureMask, echoMask);
        var target = Target.FromPicture(picture, workingLongSide).WithRegions(regions);
        return new Composition(target, regions, figures, land.HorizonY, land.RidgeCount, ToRgb(land.Palette.SkyTop), ToRgb(land.Palette.SkyHorizon));
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
