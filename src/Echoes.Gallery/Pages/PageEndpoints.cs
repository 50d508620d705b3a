using Echoes.Gallery.Auth;
using Echoes.Gallery.Data;
using Echoes.Gallery.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Echoes.Gallery.Pages;

/// <summary>The pages and the forms they post. Every form is checked against forgery; every change redirects back
/// (post/redirect/get), so reloading never posts twice.</summary>
internal static class PageEndpoints
{
    /// <summary>The content type of every page.</summary>
    internal const string HtmlType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        MapPages(app);
        MapVisitorForms(app);
        MapCuratorForms(app);
    }

    private static void MapPages(IEndpointRouteBuilder app)
    {
        // Visitors' pages are rendered once per version of what they show (VisitorPages), curators' for each request.
        // A page view may be answered with a page as it was a moment ago while it is read again (ReadYourWrites).
        var pages = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter((ctx, next) =>
        {
            ReadYourWrites.PageView();
            return next(ctx);
        });
        pages.MapGet("/", async (HttpContext ctx, GalleryService g) =>
        {
            var exhibitions = await g.Store.ExhibitionsAsync();
            return VisitorPages.Serve(ctx, exhibitions, null, pc => ExhibitionPages.Index(exhibitions, pc));
        });
        pages.MapGet("/exhibitions/{id:long}", async (long id, HttpContext ctx, GalleryService g) =>
        {
            var (e, works) = (await g.ExhibitionAsync(id), await g.Store.WorksAsync(id));
            return VisitorPages.Serve(ctx, works, e, pc => ExhibitionPages.Room(e, works, pc));
        });
        pages.MapGet("/works/{id:long}", async (long id, string? order, int? page, HttpContext ctx, GalleryService g, Visitors visitors) =>
        {
            visitors.Ensure(ctx); // the page's response buttons count only with the gallery's visitor cookie
            var (d, newest, p) = await g.WorkPageAsync(id, order, page);
            if (d.Work.Status != "done") return VisitorPages.Serve(ctx, d, null, pc => WorkPage.Pending(d.Work, d.Exhibition, pc));
            var timelapse = await g.Timelapses.EnsureAsync(id);
            return VisitorPages.Serve(ctx, d, timelapse, pc => WorkPage.Render(d.Work, d.Exhibition,
                new CommentThreads(d.Comments, newest, pc.Curator, d.Threads, p), d.Responses, timelapse, pc));
        });
        pages.MapGet("/studio", async (long? exhibition, HttpContext ctx, GalleryService g) =>
            Page(StudioPage.Render(await g.Store.ExhibitionsAsync(), exhibition, PageContext.For(ctx))));
        pages.MapGet("/curator", (string? @return, HttpContext ctx) => Page(CuratorPage.Render(PageContext.For(ctx),
            ReturnPath.Local(@return), null)));
    }

    private static void MapVisitorForms(IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(Guards.Genuine).WithBodyLimit(BodyLimits.Visitor);
        forms.MapPost("/curator", async (HttpContext ctx, Curators curators) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            string back = ReturnPath.Local(form["return"]);
            if (await curators.SignInAsync(ctx, form["key"].ToString())) return Results.Redirect(back, preserveMethod: false);
            return Page(CuratorPage.Render(PageContext.For(ctx), back, "That is not the curator key."), 403);
        });
        forms.MapPost("/curator/signout", async (HttpContext ctx, Curators curators) =>
            { await curators.SignOutAsync(ctx); return Results.Redirect("/"); });
        forms.MapPost("/works/{id:long}/comments", async (long id, HttpContext ctx, GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            long? parent = long.TryParse(form["parentId"], out long p) ? p : null;
            var c = await g.PostCommentAsync(id, form["name"], form["text"], parent, Clients.Address(ctx));
            return Results.Redirect(await g.LinkAsync(c));
        }).RequireRateLimiting(RateLimits.Comments);
        forms.MapPost("/works/{id:long}/responses", async (long id, HttpContext ctx, GalleryService g, Visitors visitors) =>
        {
            if (visitors.Id(ctx) is not { } visitor) return visitors.Refuse(ctx);
            var form = await ctx.Request.ReadFormAsync();
            await g.RespondAsync(id, form["mood"], visitor);
            return Results.Redirect($"/works/{id}");
        }).RequireRateLimiting(RateLimits.Responses);
    }

    private static void MapCuratorForms(IEndpointRouteBuilder app)
    {
        var curate = app.MapGroup("").ExcludeFromDescription().RequireCurator();
        curate.MapPost("/exhibitions", async (HttpContext ctx, GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            var e = await g.CreateExhibitionAsync(form["title"], form["statement"]);
            return Results.Redirect($"/exhibitions/{e.Id}");
        });
        curate.MapPost("/exhibitions/{id:long}/edit", async (long id, HttpContext ctx, GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            await g.UpdateExhibitionAsync(id, form["title"], form["statement"]);
            return Results.Redirect($"/exhibitions/{id}");
        });
        curate.MapPost("/exhibitions/{id:long}/delete", async (long id, GalleryService g) =>
            { await g.DeleteExhibitionAsync(id); return Results.Redirect("/"); });
        curate.MapPost("/works/{id:long}/edit", async (long id, HttpContext ctx, GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            await g.UpdateWorkAsync(id, form["title"], form["statement"]);
            return Results.Redirect($"/works/{id}");
        });
        curate.MapPost("/works/{id:long}/delete", async (long id, GalleryService g) =>
            Results.Redirect($"/exhibitions/{await g.DeleteWorkAsync(id)}"));
        foreach (string action in (string[])["hide", "unhide", "delete"])
            curate.MapPost($"/comments/{{id:long}}/{action}", async (long id, GalleryService g) =>
                Results.Redirect($"/works/{await g.ModerateAsync(id, action)}#discussion"));
    }

    /// <summary>A page rendered for this request alone.</summary>
    internal static IResult Page(Html html, int status = 200) => Results.Content(html.Value, HtmlType, null, status);
}
