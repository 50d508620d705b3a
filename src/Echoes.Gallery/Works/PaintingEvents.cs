using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Echoes.Gallery.Works;

/// <summary>
/// A painting followed as server-sent events, read from the database so any server can serve it whichever worker
/// paints: <c>begin</c> (logical size and ground), <c>strokes</c> (batches in the plan format; the event id is the count
/// sent, so a reconnecting page resumes), then <c>done</c> (with the image's address) or <c>error</c>.
/// </summary>
internal static class PaintingEvents
{
    private const int MaxPerEvent = 256;

    /// <summary>A fallback look at the database, in case a notification was lost.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(3);

    public static async Task Stream(long id, string image, HttpContext ctx, Paintings paintings, PaintingSignals signals)
    {
        var response = Open(ctx);
        var ct = ctx.RequestAborted;
        int sent = int.TryParse(ctx.Request.Headers["Last-Event-ID"], out int resume) ? Math.Max(0, resume) : 0;
        bool begun = false;
        try
        {
            for (var quiet = TimeSpan.Zero; !ct.IsCancellationRequested;)
            {
                var changed = signals.Next(id);
                if (await paintings.GetAsync(id) is not { } p) return; // deleted
                if (!begun && p.Canvas.Length > 0) { await Event(response, "begin", null, p.Canvas, ct); begun = true; }
                if (begun && p.Placed > sent && await paintings.StrokesAsync(id, sent, MaxPerEvent) is { Count: > 0 } strokes)
                {
                    sent += strokes.Count;
                    await Event(response, "strokes", sent, JsonSerializer.Serialize(strokes), ct);
                    quiet = TimeSpan.Zero;
                    continue;
                }
                if (p.Finished && sent >= p.Placed) { await EndAsync(response, p, image, ct); return; }
                bool woke = await Task.WhenAny(changed, Task.Delay(Recheck, ct)) == changed;
                quiet = woke ? TimeSpan.Zero : quiet + Recheck;
                if (quiet >= TimeSpan.FromSeconds(15)) { await response.WriteAsync(": waiting\n\n", ct); quiet = TimeSpan.Zero; }
                // Let strokes gather a moment: fewer, larger events while the painter is fast.
                else if (woke) await Task.Delay(40, ct);
            }
        }
        catch (OperationCanceledException) { /* the page went away */ }
    }

    /// <summary>Starts an event stream: its type, no caching, and no buffering.</summary>
    internal static HttpResponse Open(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-cache";
        ctx.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        return ctx.Response;
    }

    /// <summary>The last event: <c>done</c> with the stroke count and the image's address, or <c>error</c> with why.</summary>
    internal static Task EndAsync(HttpResponse response, QueuedPainting p, string image, CancellationToken ct) =>
        Event(response, p.Status == "failed" ? "error" : "done", null, p.Status == "failed"
            ? JsonSerializer.Serialize(new { error = p.Error }) : JsonSerializer.Serialize(new { strokes = p.Placed, image }), ct);

    /// <summary>Writes one event and flushes it.</summary>
    internal static async Task Event(HttpResponse response, string name, int? id, string json, CancellationToken ct)
    {
        var text = id is int i ? $"event: {name}\nid: {i}\ndata: {json}\n\n" : $"event: {name}\ndata: {json}\n\n";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }
}
