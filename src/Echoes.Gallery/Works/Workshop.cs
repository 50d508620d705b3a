using Echoes.Gallery.Data;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Scenes;
using Echoes.Strokes;
using Echoes.Targets;
using SkiaSharp;

namespace Echoes.Gallery.Works;

/// <summary>
/// Paints requests and hangs the results: a plan, its rendered image (<see cref="GalleryOptions.ImageLongSide"/>), a thumbnail and the source,
/// all stored by content beside the database. At most <see cref="GalleryOptions.ConcurrentPaintings"/> paint at once,
/// so a burst of uploads queues instead of starving page requests.
/// </summary>
internal sealed class Workshop(GalleryStore store, BlobStore blobs, GalleryOptions options)
{
    public const int ThumbLongSide = 480;

    private readonly SemaphoreSlim _easels = new(options.ConcurrentPaintings);

    /// <summary>Paints the request on a worker thread, calling <paramref name="placed"/> with each stroke as it lands.</summary>
    public async Task<StrokePlan> PaintAsync(PaintRequest r, Action<StrokePlan, Stroke>? placed, CancellationToken ct)
    {
        await _easels.WaitAsync(ct);
        try
        {
            return await Task.Run(() => Paint(r, placed, ct), ct);
        }
        finally { _easels.Release(); }
    }

    /// <summary>Runs a large render on a worker thread, taking an easel like a painting does.</summary>
    private async Task<T> RenderAsync<T>(Func<T> render)
    {
        await _easels.WaitAsync();
        try { return await Task.Run(render); }
        finally { _easels.Release(); }
    }

    /// <summary>The plan rendered as a PNG at the gallery's image size.</summary>
    public Task<byte[]> RenderPngAsync(StrokePlan plan) => RenderAsync(() =>
    {
        using var canvas = Renderer.Render(plan, longSide: options.ImageLongSide);
        return canvas.Encode(SKEncodedImageFormat.Png);
    });

    private StrokePlan Paint(PaintRequest r, Action<StrokePlan, Stroke>? placed, CancellationToken ct)
    {
        var o = r.Options;
        StrokePlan plan;
        if (r.Scene is { } scene)
        {
            // The form's mood and seed, when given, override the scene's own.
            var s = scene with { Mood = o.Mood.IsNone ? scene.Mood : o.Mood, Seed = r.Seed ?? scene.Seed };
            plan = ScenePainting.Paint(s, o, null, ct, placed);
        }
        else
        {
            o = o with { Seed = r.Seed ?? o.Seed };
            int size = Painter.WorkingSizeFor(o);
            var picture = Picture.Decode(r.Source.Data, "image", size, options.MaxImagePixels);
            plan = new Painter(o).Paint(Target.FromPicture(picture, size), null, ct, placed);
        }
        plan.Meta["title"] = r.Title;
        return plan;
    }

    /// <summary>Renders and stores a painted plan and records it as a work in the exhibition.</summary>
    public async Task<Work> HangAsync(long exhibitionId, PaintRequest r, StrokePlan plan)
    {
        // The final render takes an easel too, so a burst of uploads cannot render (and hold memory) all at once.
        var (image, thumb, w, h) = await RenderAsync(() =>
        {
            using var canvas = Renderer.Render(plan, longSide: options.ImageLongSide);
            var png = canvas.Encode(SKEncodedImageFormat.Png);
            using var small = Renderer.Render(plan, longSide: Math.Min(ThumbLongSide, options.ImageLongSide));
            return (png, small.Encode(SKEncodedImageFormat.Jpeg, 88), canvas.Width, canvas.Height);
        });
        var work = new Work
        {
            ExhibitionId = exhibitionId, Title = r.Title, Statement = r.Statement, Style = r.Options.Style,
            Mood = r.Scene is { } sc && r.Options.Mood.IsNone ? MoodText(sc.Mood) : MoodText(r.Options.Mood),
            Strokes = plan.Strokes.Count, Width = w, Height = h, SourceKind = r.Source.Kind,
            SourceFile = blobs.Put(r.Source.Data, r.Source.Extension), PlanFile = blobs.Put(plan.ToJson(), "json"),
            ImageFile = blobs.Put(image, "png"), ThumbFile = blobs.Put(thumb, "jpg"),
        };
        return await store.CreateWorkAsync(work);
    }

    private static string MoodText(Moods.Mood m) => m.IsNone ? "" : m.ToString();
}
