using Echoes.Export;
using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using SkiaSharp;

namespace Echoes.Gallery.Works;

/// <summary>
/// A work's files: the stored image and thumbnail, the plan, an SVG, and the painting re-rendered from its plan at a
/// chosen width (16 to <see cref="MaxDownloadWidth"/> px), cached beside the stored files after the first request.
/// </summary>
internal static class WorkFiles
{
    public const int MaxDownloadWidth = 8000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/works/{id:long}").ExcludeFromDescription();
        files.MapGet("/thumb.jpg", async (long id, GalleryService g, BlobStore blobs) => Stored(blobs, (await g.WorkAsync(id)).ThumbFile, "image/jpeg", null));
        files.MapGet("/plan.json", async (long id, GalleryService g, BlobStore blobs) => Stored(blobs, (await g.WorkAsync(id)).PlanFile, "application/json", $"work-{id}-plan.json"));
        files.MapGet("/painting.svg", async (long id, GalleryService g, BlobStore blobs) =>
        {
            var w = await g.WorkAsync(id);
            string svg = await Task.Run(() => SvgWriter.ToSvg(Plan(blobs, w)));
            return Results.Text(svg, "image/svg+xml; charset=utf-8");
        });
        files.MapGet("/painting.png", async (long id, int? width, GalleryService g, BlobStore blobs, Workshop workshop) =>
        {
            var w = await g.WorkAsync(id);
            if (width is null || width == w.Width) return Stored(blobs, w.ImageFile, "image/png", null);
            if (width is < 16 or > MaxDownloadWidth) throw new GalleryError(400, $"width: must be from 16 to {MaxDownloadWidth} pixels");
            string cached = Path.Combine(blobs.Root, "renders", $"{Path.GetFileNameWithoutExtension(w.PlanFile)}-{width}.png");
            if (!File.Exists(cached))
                await workshop.RenderAsync(() =>
                {
                    using var canvas = Renderer.Render(Plan(blobs, w), width: width);
                    Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
                    canvas.Save(cached);
                    return cached;
                });
            return Results.File(cached, "image/png", $"work-{id}-{width}.png", entityTag: new EntityTagHeaderValue($"\"{Path.GetFileName(cached)}\""));
        });
    }

    private static StrokePlan Plan(BlobStore blobs, Work w) =>
        StrokePlan.Load(blobs.PathOf(w.PlanFile) ?? throw new GalleryError(500, "the work's plan is missing"));

    // Stored files never change (their names are their hashes): let browsers keep them.
    private static IResult Stored(BlobStore blobs, string name, string type, string? download)
    {
        string path = blobs.PathOf(name) is { } p && File.Exists(p) ? p : throw new GalleryError(404, "the file is missing from the gallery's store");
        return Results.File(path, type, download, entityTag: new EntityTagHeaderValue($"\"{name}\""));
    }
}
