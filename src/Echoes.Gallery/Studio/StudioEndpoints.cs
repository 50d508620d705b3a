using Echoes.Gallery.Api;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Echoes.Strokes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Studio;

/// <summary>
/// The studio's API: start a painting (queued for any worker), follow it from any server as server-sent events (its
/// strokes, <see cref="PaintingEvents"/>, or the engine's rendered frames, <see cref="PaintingFrames"/>), see the finished
/// render, and hang it. A queued work is followed the same way, by anyone, at <c>/api/works/{id}/events</c> and <c>/frames</c>.
/// </summary>
internal static class StudioEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var studio = app.MapGroup("/api/studio").WithTags("Studio").RequireCurator();
        long upload = app.ServiceProvider.GetRequiredService<GalleryOptions>().MaxUploadBytes;
        studio.MapPost("", async (HttpContext ctx, StudioSessions sessions, GalleryOptions o) =>
        {
            var form = await Forms.ReadAsync(ctx, o);
            string id = await sessions.StartAsync(PaintRequest.Read(form, o), PaintRequest.Recipe(form));
            return Results.Accepted($"/api/studio/{id}/events", new StudioStarted(id, $"/api/studio/{id}/events", $"/api/studio/{id}/frames"));
        }).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithBodyLimit(upload);
        studio.MapGet("/{id}/events", async (string id, HttpContext ctx, StudioSessions sessions, Paintings paintings, PaintingSignals signals) =>
            await PaintingEvents.Stream((await sessions.GetAsync(id)).Id, $"/api/studio/{id}/painting.png", ctx, paintings, signals));
        studio.MapGet("/{id}/frames", async (string id, HttpContext ctx, StudioSessions sessions, Paintings paintings, PaintingSignals signals,
            PaintingPreviews previews) => await PaintingFrames.Stream((await sessions.GetAsync(id)).Id, $"/api/studio/{id}/painting.png", ctx,
                paintings, signals, previews));
        studio.MapGet("/{id}/painting.png", async (string id, StudioSessions sessions, Paintings paintings, Workshop workshop) =>
            Results.File(await workshop.RenderPngAsync(await PlanAsync(await sessions.GetAsync(id), paintings)), "image/png"));
        studio.MapPost("/{id}/hang", async (string id, HangInput input, StudioSessions sessions, Paintings paintings, Workshop workshop,
            GalleryService g) =>
        {
            var w = await Hang(await sessions.GetAsync(id), input, paintings, workshop, g);
            return Results.Created($"/api/works/{w.Id}", WorkView.Of(w));
        });
        app.MapPost("/studio/{id}/hang", async (string id, HttpContext ctx, StudioSessions sessions, Paintings paintings, Workshop workshop,
            GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            long exhibition = long.TryParse(form["exhibitionId"], out long e) ? e : throw new GalleryError(400, "exhibitionId: choose an exhibition");
            var w = await Hang(await sessions.GetAsync(id), new HangInput(exhibition, form["title"], form["statement"]), paintings, workshop, g);
            return Results.Redirect($"/works/{w.Id}");
        }).ExcludeFromDescription().RequireCurator();
        app.MapGet("/api/works/{id:long}/events", async (long id, HttpContext ctx, Paintings paintings, PaintingSignals signals) =>
        {
            var p = await paintings.ForWorkAsync(id) ?? throw GalleryError.NotFound($"a painting for work {id} (works hung before queues have none)");
            await PaintingEvents.Stream(p.Id, $"/works/{id}/painting.png", ctx, paintings, signals);
        }).WithTags("Gallery");
        app.MapGet("/api/works/{id:long}/frames", async (long id, HttpContext ctx, Paintings paintings, PaintingSignals signals,
            PaintingPreviews previews) =>
        {
            var p = await paintings.ForWorkAsync(id) ?? throw GalleryError.NotFound($"a painting for work {id} (works hung before queues have none)");
            await PaintingFrames.Stream(p.Id, $"/works/{id}/painting.png", ctx, paintings, signals, previews);
        }).WithTags("Gallery");
    }

    // The finished plan, read back from the store.
    private static async Task<StrokePlan> PlanAsync(QueuedPainting p, Paintings paintings) => p.Status == "done"
        ? StrokePlan.FromJson(await paintings.ReadAsync(p.PlanFile))
        : throw new GalleryError(409, p.Status == "failed" ? p.Error : "the painting is not finished yet");

    private static async Task<Data.Work> Hang(QueuedPainting p, HangInput input, Paintings paintings, Workshop workshop, GalleryService g)
    {
        var plan = await PlanAsync(p, paintings);
        await g.ExhibitionAsync(input.ExhibitionId);
        if (p.HungWork is long done && await g.Store.WorkAsync(done) is { } hung) return hung;
        var r = await paintings.RequestAsync(p);
        r = r with
        {
            Title = Field.Line("title", input.Title, PaintRequest.MaxTitle, required: false) is { Length: > 0 } t ? t : r.Title,
            Statement = Field.Check("statement", input.Statement, PaintRequest.MaxStatement, required: false),
        };
        var w = await workshop.HangAsync(input.ExhibitionId, r, plan);
        await paintings.SetHungAsync(p.Id, w.Id);
        await g.Timelapses.RequestAsync(w.Id);
        return w;
    }
}
