using Echoes.Gallery.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Web;

/// <summary>
/// Curator-only operations, checked by middleware as soon as the route is known and before anything reads the body
/// (an endpoint filter would run only after the body is bound); and forgery checks on everything a browser form can send.
/// </summary>
internal static class Guards
{
    /// <summary>Marks the endpoints as curator-only (see <see cref="CuratorsFirst"/>).</summary>
    public static TBuilder RequireCurator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CuratorOnly.Instance);

    /// <summary>
    /// Lets curators through to curator-only endpoints: a bearer key as is, a signed-in browser only with a valid
    /// anti-forgery token on state changes. Others get 401 (no key) or 403 (wrong key), as JSON on the API and as a page
    /// elsewhere, without their body being read.
    /// </summary>
    public static async Task CuratorsFirst(HttpContext ctx, Func<Task> next)
    {
        if (ctx.GetEndpoint()?.Metadata.GetMetadata<CuratorOnly>() is null) { await next(); return; }
        var access = ctx.RequestServices.GetRequiredService<Curators>().Check(ctx);
        IResult? refusal = access switch
        {
            Access.Visitor => Errors.Result(ctx, StatusCodes.Status401Unauthorized,
                "this needs the curator key (send Authorization: Bearer KEY, or sign in at /curator)"),
            Access.WrongKey => Errors.Result(ctx, StatusCodes.Status403Forbidden, "the curator key is wrong"),
            Access.Cookie when !HttpMethods.IsGet(ctx.Request.Method) && !await FormIsGenuine(ctx) => NotGenuine(ctx),
            _ => null,
        };
        if (refusal is null) await next();
        else await refusal.ExecuteAsync(ctx);
    }

    /// <summary>Refuses browser submissions without the anti-forgery token (requests with a bearer key are not browser forms).</summary>
    public static async ValueTask<object?> Genuine(EndpointFilterInvocationContext f, EndpointFilterDelegate next)
    {
        var ctx = f.HttpContext;
        if (ctx.RequestServices.GetRequiredService<Curators>().Check(ctx) != Access.Bearer && !await FormIsGenuine(ctx))
            return NotGenuine(ctx);
        return await next(f);
    }

    private static IResult NotGenuine(HttpContext ctx) =>
        Errors.Result(ctx, StatusCodes.Status400BadRequest, "the form did not come from this gallery or has expired; reload the page and try again");

    private static async Task<bool> FormIsGenuine(HttpContext ctx)
    {
        try { await ctx.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx); return true; }
        catch (AntiforgeryValidationException) { return false; }
    }

    private sealed class CuratorOnly
    {
        public static readonly CuratorOnly Instance = new();
    }
}
