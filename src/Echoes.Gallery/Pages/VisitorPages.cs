using System.Runtime.CompilerServices;
using Echoes.Gallery.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Pages;

/// <summary>
/// Pages as visitors see them, each rendered once for each version of what it shows. The read cache hands every request
/// the same object until a write changes it, so the rendering is kept beside that object (and dropped with it) and sent
/// again while the object, and what else the page shows (<c>with</c>: the room's exhibition, the work's time-lapse), are
/// the same ones. A curator's page has their own controls: it is rendered for each request.
/// </summary>
internal static class VisitorPages
{
    private sealed record Kept(object? With, RenderedPage Page);

    private static readonly ConditionalWeakTable<object, Kept> Pages = new();

    /// <summary>The page showing <paramref name="data"/> (and <paramref name="with"/>), rendered by <paramref name="render"/>
    /// unless a visitor's rendering of these very objects is kept.</summary>
    public static IResult Serve(HttpContext ctx, object data, object? with, Func<PageContext, Html> render)
    {
        if (ctx.RequestServices.GetRequiredService<Curators>().IsCurator(ctx)) return PageEndpoints.Page(render(PageContext.For(ctx, curator: true)));
        if (Pages.TryGetValue(data, out var kept) && ReferenceEquals(kept.With, with)) return kept.Page;
        var page = new RenderedPage(render(PageContext.Shared()));
        Pages.AddOrUpdate(data, new Kept(with, page));
        return page;
    }
}
