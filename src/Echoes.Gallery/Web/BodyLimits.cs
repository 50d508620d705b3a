using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Echoes.Gallery.Web;

/// <summary>
/// Each route's own limit on the request body, applied by routing before anything reads it (over it: 413). Every body
/// is held to <see cref="Default"/> unless its route says otherwise; uploads (curators only) get
/// <see cref="GalleryOptions.MaxUploadBytes"/>, the whole request.
/// </summary>
internal static class BodyLimits
{
    /// <summary>Curator JSON and forms, and any route without a limit of its own.</summary>
    public const long Default = 64 * 1024;

    /// <summary>What visitors post: comments, responses, signing in.</summary>
    public const long Visitor = 16 * 1024;

    /// <summary>Limits the route's request body to <paramref name="bytes"/>.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Limit(bytes));

    /// <summary>
    /// Refuses a body whose declared length is over its route's limit with a 413 that names the limit, before the
    /// endpoint runs (the server would refuse it anyway, but with an empty answer once the endpoint starts reading).
    /// </summary>
    public static Task RefuseOversized(HttpContext ctx, Func<Task> next) =>
        ctx.Request.ContentLength > ctx.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ? Errors.Write(ctx, StatusCodes.Status413PayloadTooLarge, TooLarge(ctx))
            : next();

    /// <summary>The refusal of a body over the route's limit, naming the limit.</summary>
    public static string TooLarge(HttpContext ctx) =>
        ctx.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is long limit
            ? $"the request body is larger than the limit of {Text(limit)} for this call"
            : "the request body is larger than the gallery accepts";

    /// <summary>The text a refusal quotes: "64 KB", "20 MB".</summary>
    private static string Text(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    private sealed record Limit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
