using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Works;

/// <summary>
/// A painting being made, as the engine renders it (<see cref="PaintingPreviews"/>), streamed as server-sent events to
/// the studio and to a queued work's page: <c>frame</c> (the stroke count and a JPEG as a data address; the event id is
/// the count) every few hundred milliseconds while strokes arrive, then <c>done</c> (with the finished image's address)
/// or <c>error</c>. A slow client is sent the newest frame once it has taken the last, never a backlog; a client that
/// leaves stops its renders.
/// </summary>
internal static class PaintingFrames
{
    /// <summary>A fallback look at the database, in case a notification was lost.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(3);

    public static async Task Stream(long id, string image, HttpContext ctx, Paintings paintings, PaintingSignals signals,
        PaintingPreviews previews)
    {
        var response = PaintingEvents.Open(ctx);
        var ct = ctx.RequestAborted;
        var preview = previews.Watch(id);
        try
        {
            int sent = 0;
            while (!ct.IsCancellationRequested)
            {
                var changed = signals.Next(id);
                if (await paintings.GetAsync(id) is not { } p) return; // deleted
                if (p.Finished) { await PaintingEvents.EndAsync(response, p, image, ct); return; }
                if (p.Placed > sent && await previews.FrameAsync(preview, p, ct) is { } f && f.Strokes > sent)
                {
                    sent = f.Strokes;
                    string jpeg = "data:image/jpeg;base64," + Convert.ToBase64String(f.Jpeg);
                    string data = JsonSerializer.Serialize(new { strokes = f.Strokes, image = jpeg });
                    await PaintingEvents.Event(response, "frame", sent, data, ct);
                    await Task.Delay(PaintingPreviews.Interval, ct);
                    continue;
                }
                await Task.WhenAny(changed, Task.Delay(Recheck, ct));
            }
        }
        catch (OperationCanceledException) { /* the page went away */ }
        finally { previews.Leave(preview); }
    }
}
