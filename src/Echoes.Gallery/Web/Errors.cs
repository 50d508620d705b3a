using Echoes.Gallery.Pages;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>Errors as the caller reads them: <c>{"error": "…"}</c> on the API, a short page for browsers.</summary>
internal static class Errors
{
    public static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");

    public static IResult Result(HttpContext ctx, int status, string message) => IsApi(ctx)
        ? Results.Json(new ErrorBody(message), statusCode: status)
        : Results.Content(Layout.ErrorPage(status, message).Value, "text/html; charset=utf-8", null, status);

    public static Task Write(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        return IsApi(ctx)
            ? ctx.Response.WriteAsJsonAsync(new ErrorBody(message))
            : ctx.Response.WriteAsync(Layout.ErrorPage(status, message).Value);
    }
}

/// <summary>The body of every API error.</summary>
/// <param name="Error">What went wrong, one line.</param>
public sealed record ErrorBody(string Error);
