using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Echoes.Gallery.Works;

/// <summary>
/// A work's files: the stored image and thumbnail, the plan, the time-lapse (WebM, MP4 and poster, served with ranges so a
/// player can seek) once its job has made it, and the painting as SVG or re-rendered from its plan at a width on the
/// <see cref="WidthLadder"/>, both made once by <see cref="DownloadRenders"/> and then served from its cache.
/// </summary>
internal static class WorkFiles
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/works/{id:long}").ExcludeFromDescription();
        files.MapGet("/thumb.jpg", async (long id, GalleryService g, BlobStore blobs) => await StoredAsync(blobs,
            (await g.WorkAsync(id)).ThumbFile, "image/jpeg", null));
        files.MapGet("/plan.json", async (long id, GalleryService g, BlobStore blobs) => await StoredAsync(blobs, (await g.WorkAsync(id)).PlanFile,
            "application/json", $"work-{id}-plan.json"));
        foreach (var (ext, type) in new[] { ("webm", "video/webm"), ("mp4", "video/mp4"), ("jpg", "image/jpeg") })
            files.MapGet($"/timelapse.{ext}", async (long id, Timelapses timelapses, BlobStore blobs) =>
            {
                var t = await timelapses.GetAsync(id);
                if (t is not { Status: "done" }) throw GalleryError.NotFound($"a time-lapse of work {id} (it is {t?.Status ?? "not asked for"})");
                string name = ext switch { "webm" => t.WebmFile, "mp4" => t.Mp4File, _ => t.PosterFile };
                return await StoredAsync(blobs, name, type, ext == "jpg" ? null : $"work-{id}-timelapse.{ext}");
            });
        files.MapGet("/painting.svg", async (long id, HttpContext ctx, GalleryService g, DownloadRenders renders) =>
        {
            var w = await g.WorkAsync(id);
            return Rendered(ctx, await renders.SvgAsync(w, ctx.RequestAborted), DownloadRenders.SvgName(w),
                "image/svg+xml; charset=utf-8", null);
        });
        files.MapGet("/painting.png", async (long id, int? width, HttpContext ctx, GalleryService g, BlobStore blobs, DownloadRenders renders) =>
        {
            var w = await g.WorkAsync(id);
            if (width is null || width == w.Width) return await StoredAsync(blobs, w.ImageFile, "image/png", null);
            if (width is < WidthLadder.MinRequest or > WidthLadder.MaxRequest)
                throw new GalleryError(400,
                    $"width: must be from {WidthLadder.MinRequest} to {WidthLadder.MaxRequest} pixels (served at the nearest of " +
                        $"{string.Join(", ", WidthLadder.Rungs)})");
            int rung = WidthLadder.Snap(width.Value);
            if (rung == w.Width) return await StoredAsync(blobs, w.ImageFile, "image/png", $"work-{id}-{rung}.png");
            return Rendered(ctx, await renders.PngAsync(w, rung, ctx.RequestAborted), DownloadRenders.PngName(w, rung),
                "image/png", $"work-{id}-{rung}.png");
        });
    }

    // Stored files never change (their names are their hashes): let browsers keep them.
    private static async Task<IResult> StoredAsync(BlobStore blobs, string name, string type, string? download)
    {
        var file = await blobs.OpenAsync(name) ?? throw new GalleryError(404, "the file is missing from the gallery's store");
        return Results.File(file, type, download, entityTag: new EntityTagHeaderValue($"\"{name}\""), enableRangeProcessing: true);
    }

    // Renders are named after their plan, which never changes either; a full queue is told when to come back.
    private static IResult Rendered(HttpContext ctx, Stream? file, string name, string type, string? download)
    {
        if (file is null)
        {
            ctx.Response.Headers.RetryAfter = DownloadRenders.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Errors.Result(ctx, StatusCodes.Status503ServiceUnavailable,
                $"the gallery is busy rendering downloads; try again in {DownloadRenders.RetryAfterSeconds} seconds");
        }
        return Results.File(file, type, download, entityTag: new EntityTagHeaderValue($"\"{name}\""));
    }
}
