using Echoes.Gallery.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Web;

/// <summary>Endpoint filters: curator-only operations, and forgery checks on everything a browser form can send.</summary>
internal static class Guards
{
    /// <summary>
    /// Lets curators through: a bearer key as is, a signed-in browser only with a valid anti-forgery token on state
    /// changes. Others get 401 (no key) or 403 (wrong key), as JSON on the API and as a page elsewhere.
    /// </summary>
    public static async ValueTask<object?> CuratorOnly(EndpointFilterInvocationContext f, EndpointFilterDelegate next)
    {
        var ctx = f.HttpContext;
        var access = ctx.RequestServices.GetRequiredService<Curators>().Check(ctx);
        if (access == Access.Visitor)
            return Errors.Result(ctx, StatusCodes.Status401Unauthorized, "this needs the curator key (send Authorization: Bearer KEY, or sign in at /curator)");
        if (access == Access.WrongKey)
            return Errors.Result(ctx, StatusCodes.Status403Forbidden, "the curator key is wrong");
        if (access == Access.Cookie && !HttpMethods.IsGet(ctx.Request.Method) && !await FormIsGenuine(ctx))
            return Errors.Result(ctx, StatusCodes.Status400BadRequest, "the form did not come from this gallery or has expired; reload the page and try again");
        return await next(f);
    }

    /// <summary>Refuses browser submissions without the anti-forgery token (requests with a bearer key are not browser forms).</summary>
    public static async ValueTask<object?> Genuine(EndpointFilterInvocationContext f, EndpointFilterDelegate next)
    {
        var ctx = f.HttpContext;
        if (ctx.RequestServices.GetRequiredService<Curators>().Check(ctx) != Access.Bearer && !await FormIsGenuine(ctx))
            return Errors.Result(ctx, StatusCodes.Status400BadRequest, "the form did not come from this gallery or has expired; reload the page and try again");
        return await next(f);
    }

    private static async Task<bool> FormIsGenuine(HttpContext ctx)
    {
        try { await ctx.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx); return true; }
        catch (AntiforgeryValidationException) { return false; }
    }
}
