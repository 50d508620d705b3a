using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Echoes.Gallery.Web;

/// <summary>Turns every refusal into one clear line with the right status: bad input 400 (or 413/415), missing 404,
/// and anything unexpected 500 with the detail logged, never a stack trace to the visitor.</summary>
internal static class Failures
{
    public static async Task Handle(HttpContext ctx, Func<Task> next)
    {
        try { await next(); }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            var (status, message) = e switch
            {
                GalleryError g => (g.Status, g.Message),
                EchoesException x => (400, x.OneLine),
                BadHttpRequestException b => (b.StatusCode, b.StatusCode == 413 ? "the request is larger than the gallery accepts" : OneLine(b)),
                OperationCanceledException when ctx.RequestAborted.IsCancellationRequested => (499, "cancelled"),
                _ => (500, "the gallery failed to handle this request; the error is in the server's log"),
            };
            if (status == 500) ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Echoes.Gallery").LogError(e, "{Path}", ctx.Request.Path);
            ctx.Response.Clear();
            await Errors.Write(ctx, status, message);
        }
    }

    // Body-binding errors name the problem (a field of the wrong type, malformed JSON) in their inner exception. The
    // depth limit is named only in System.Text.Json's message (the reader's own exception type is internal).
    private static string OneLine(BadHttpRequestException b)
    {
        if (b.InnerException is System.Text.Json.JsonException j && j.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            return $"the body is nested deeper than {Limits.MaxNestingDepth} levels";
        string m = (b.InnerException?.Message ?? b.Message).Split('\n')[0].Trim();
        return m.Contains("JSON", StringComparison.OrdinalIgnoreCase) || b.InnerException is System.Text.Json.JsonException
            ? $"the body is not valid JSON for this call: {m}" : m;
    }
}
