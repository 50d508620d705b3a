using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Api;

/// <summary>The JSON API (<c>/api</c>, described at <c>/openapi/v1.json</c>): what the pages do, for other tools.
/// Curator calls send <c>Authorization: Bearer KEY</c>.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Gallery");
        var curator = app.MapGroup("/api").WithTags("Curators").RequireCurator();
        long upload = app.ServiceProvider.GetRequiredService<GalleryOptions>().MaxUploadBytes;

        api.MapGet("/exhibitions", async (GalleryStore s) => (await s.ExhibitionsAsync()).Select(ExhibitionSummary.Of));
        api.MapGet("/exhibitions/{id:long}", async (long id, GalleryService g) => await Detail(g, id));
        curator.MapPost("/exhibitions", async (TitleInput input, GalleryService g) =>
        {
            var e = await g.CreateExhibitionAsync(input.Title, input.Statement);
            return Results.Created($"/api/exhibitions/{e.Id}", ExhibitionSummary.Of(e));
        });
        curator.MapPut("/exhibitions/{id:long}", async (long id, TitleInput input, GalleryService g) =>
            ExhibitionSummary.Of(await g.UpdateExhibitionAsync(id, input.Title, input.Statement)));
        curator.MapDelete("/exhibitions/{id:long}", async (long id, GalleryService g) =>
            { await g.DeleteExhibitionAsync(id); return Results.NoContent(); });
        // The work is recorded as queued and painted by a worker: follow GET /api/works/{id} (or its events) until done.
        curator.MapPost("/exhibitions/{id:long}/works", async (long id, HttpContext ctx, GalleryService g, Paintings paintings, GalleryOptions o) =>
        {
            await g.ExhibitionAsync(id);
            var form = await Forms.ReadAsync(ctx, o);
            var w = await paintings.QueueWorkAsync(id, PaintRequest.Read(form, o), PaintRequest.Recipe(form));
            return Results.Accepted($"/api/works/{w.Id}", WorkView.Of(w));
        }).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithBodyLimit(upload);

        api.MapGet("/works/{id:long}", async (long id, GalleryService g) => WorkView.Of(await g.WorkAsync(id)));
        // The time-lapse is asked for when the work is hung; a work hung before time-lapses existed gets its own here, once.
        api.MapGet("/works/{id:long}/timelapse", async (long id, GalleryService g) =>
        {
            var w = await g.WorkAsync(id);
            if (w.Status != "done") throw new GalleryError(409, $"work {id} is not painted yet ({w.Status})");
            return TimelapseView.Of(await g.Timelapses.EnsureAsync(id));
        });
        curator.MapPut("/works/{id:long}", async (long id, TitleInput input, GalleryService g) => WorkView.Of(await g.UpdateWorkAsync(id,
            input.Title, input.Statement)));
        curator.MapDelete("/works/{id:long}", async (long id, GalleryService g) => { await g.DeleteWorkAsync(id); return Results.NoContent(); });

        api.MapGet("/works/{id:long}/comments", async (long id, string? order, int? page, HttpContext ctx, GalleryService g,
            Auth.Curators curators) =>
        {
            var threads = await g.DiscussionAsync(id, order, page, curators.IsCurator(ctx));
            ctx.Response.Headers["X-Total-Count"] = threads.TotalThreads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ctx.Response.Headers["X-Pages"] = threads.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Tree(threads);
        });
        api.MapPost("/works/{id:long}/comments", async (long id, CommentInput input, HttpContext ctx, GalleryService g) =>
        {
            var c = await g.PostCommentAsync(id, input.Name, input.Text, input.ParentId, Clients.Address(ctx));
            return Results.Created($"/api/comments/{c.Id}", new CommentView(c.Id, c.WorkId, c.ParentId, c.Name, c.Text, c.Hidden, c.Created, []));
        }).RequireRateLimiting(RateLimits.Comments).WithBodyLimit(BodyLimits.Visitor);
        foreach (string action in (string[])["hide", "unhide"])
            curator.MapPost($"/comments/{{id:long}}/{action}", async (long id, GalleryService g) =>
            {
                await g.ModerateAsync(id,
                action); return Results.NoContent();
            });
        curator.MapDelete("/comments/{id:long}", async (long id, GalleryService g) =>
        {
            await g.ModerateAsync(id,
            "delete"); return Results.NoContent();
        });

        api.MapGet("/works/{id:long}/responses", async (long id, HttpContext ctx, GalleryService g, Visitors visitors) =>
        {
            var totals = new ResponseTotals((await g.WorkAsync(id)).Mood, await g.Store.ResponsesAsync(id));
            visitors.Ensure(ctx); // a client that reads the totals first can then respond
            return totals;
        });
        api.MapPost("/works/{id:long}/responses", async (long id, ResponseInput input, HttpContext ctx, GalleryService g, Visitors visitors) =>
        {
            if (visitors.Id(ctx) is not { } visitor) return visitors.Refuse(ctx);
            var totals = await g.RespondAsync(id, input.Mood, visitor);
            return Results.Created($"/api/works/{id}/responses", new ResponseTotals((await g.WorkAsync(id)).Mood, totals));
        }).Produces<ResponseTotals>(StatusCodes.Status201Created).RequireRateLimiting(RateLimits.Responses).WithBodyLimit(BodyLimits.Visitor);
    }

    private static async Task<ExhibitionDetail> Detail(GalleryService g, long id)
    {
        var e = await g.ExhibitionAsync(id);
        return new ExhibitionDetail(e.Id, e.Title, e.Statement, e.Created, $"/exhibitions/{e.Id}",
            [.. (await g.Store.WorksAsync(id)).Select(WorkView.Of)]);
    }

    private static IReadOnlyList<CommentView> Tree(CommentThreads threads)
    {
        CommentView View(Comment c) => new(c.Id, c.WorkId, c.ParentId, c.Name, c.Text, c.Hidden, c.Created, [.. threads.Replies[c.Id].Select(View)]);
        return [.. threads.Roots.Select(View)];
    }
}
