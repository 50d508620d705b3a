using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Gallery.Works;

/// <summary>
/// The engine's own render of a painting so far, for those watching it: the strokes stored so far (by whichever worker
/// paints) rendered with the real material at <see cref="LongSide"/> and encoded as JPEG. One <see cref="Preview"/> per
/// painting being watched, shared by everyone watching it on this server: at most one render at a time per painting, a
/// frame already made for as many strokes is handed out again, and the preview is dropped when its last watcher leaves.
/// Each frame adds only the new strokes to the last (Core's incremental renderer, following a plan still growing: a
/// stroke's wet pickup depends only on those before it, so the frame at N strokes is exactly the finished painting's at
/// N), on one core.
/// </summary>
internal sealed class PaintingPreviews(Paintings paintings)
{
    /// <summary>Long side of the frames, pixels: the studio's easel.</summary>
    public const int LongSide = 640;

    /// <summary>JPEG quality of the frames.</summary>
    public const int Quality = 80;

    /// <summary>Pause between one watcher's frames. Each stroke is rendered once whatever the pace, so what a frame adds
    /// beyond the strokes themselves (lighting the preview and its JPEG, a few milliseconds) is what the pause bounds.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest a frame spends painting strokes before it is shown.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(250);

    private static readonly RenderOptions OneCore = new() { MaxDegreeOfParallelism = 1 };
    private readonly ConcurrentDictionary<long, Preview> _open = new();
    private readonly Lock _gate = new();

    /// <summary>A rendered frame: how many strokes it shows, and the JPEG.</summary>
    public sealed record Frame(int Strokes, byte[] Jpeg);

    /// <summary>One painting's preview, shared by its watchers on this server.</summary>
    public sealed class Preview(long id)
    {
        internal readonly SemaphoreSlim Rendering = new(1);
        internal long Id { get; } = id;
        internal int Watchers { get; set; }
        internal JsonObject? Header { get; set; }
        internal StrokePlan? Plan { get; set; }
        internal IncrementalRenderer? Renderer { get; set; }
        internal Canvas? Canvas { get; set; }
        internal Frame? Latest { get; set; }
    }

    /// <summary>Starts watching painting <paramref name="id"/>; <see cref="Leave"/> when done.</summary>
    public Preview Watch(long id)
    {
        lock (_gate)
        {
            var p = _open.GetOrAdd(id, i => new Preview(i));
            p.Watchers++;
            return p;
        }
    }

    /// <summary>Stops watching: the last watcher to leave drops the preview and its strokes.</summary>
    public void Leave(Preview p)
    {
        lock (_gate)
        {
            if (--p.Watchers == 0) _open.TryRemove(p.Id, out _);
        }
    }

    /// <summary>A frame showing the strokes stored when <paramref name="painting"/> was read (or as many of them as a frame's
    /// budget paints), rendered now unless another watcher's render already shows them all; null before the painting has
    /// begun.</summary>
    public async Task<Frame?> FrameAsync(Preview p, QueuedPainting painting, CancellationToken ct)
    {
        await p.Rendering.WaitAsync(ct);
        try
        {
            if (p.Latest is { } made && made.Strokes >= painting.Placed) return made;
            if (!await ReadStrokesAsync(p, painting) || p is not { Plan: { } plan, Renderer: { } r, Canvas: { } canvas }) return null;
            byte[] jpeg = await Task.Run(() =>
            {
                // A frame shows what could be painted within its budget: broad early strokes are slow, so a frame may
                // trail the painter and the next ones catch up, rather than the page waiting seconds for one.
                long end = Stopwatch.GetTimestamp() + (long)(Budget.TotalSeconds * Stopwatch.Frequency);
                do r.Advance(Paintings.Batch);
                while (r.Painted < plan.Strokes.Count && Stopwatch.GetTimestamp() < end);
                r.Snapshot(canvas.Pixels);
                return canvas.Encode(ImageFormat.Jpeg, Quality);
            }, ct);
            return p.Latest = new Frame(r.Painted, jpeg);
        }
        finally { p.Rendering.Release(); }
    }

    // Adds the strokes stored since the last frame to the preview's plan; false while the painting has no canvas yet.
    private async Task<bool> ReadStrokesAsync(Preview p, QueuedPainting painting)
    {
        if (p.Header is null)
        {
            if (painting.Canvas.Length == 0) return false;
            p.Header = JsonNode.Parse(painting.Canvas)!.AsObject();
            p.Plan = Parse(p.Header, []);
            var (w, h) = p.Plan.PixelSize(longSide: LongSide);
            p.Renderer = new IncrementalRenderer(p.Plan, w, OneCore, growing: true);
            p.Canvas = new Canvas(p.Renderer.Width, p.Renderer.Height);
        }
        var plan = p.Plan!;
        while (plan.Strokes.Count < painting.Placed)
        {
            var batch = await paintings.StrokesAsync(painting.Id, plan.Strokes.Count, 1024);
            if (batch.Count == 0) break;
            plan.Strokes.AddRange(Parse(p.Header, batch).Strokes);
        }
        return true;
    }

    // The plan format read by Core: the painting's header (its canvas) with these strokes.
    private static StrokePlan Parse(JsonObject header, List<JsonElement> strokes)
    {
        var doc = (JsonObject)header.DeepClone();
        doc["strokes"] = new JsonArray([.. strokes.Select(s => JsonNode.Parse(s.GetRawText()))]);
        return StrokePlan.FromJson(Encoding.UTF8.GetBytes(doc.ToJsonString()), "preview");
    }
}
