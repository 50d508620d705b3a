using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// Wet-in-wet pickup: a brush dragged through wet paint picks some of it up, so its colour shifts along its length
/// towards what it has passed through. Before a render, the plan is painted once, in order, onto a small map of the
/// wet paint (a fixed number of cells whatever the output size, untextured); each stroke reads the map along its spine
/// before it is laid, and its colour at each of <see cref="Samples"/> points is its own paint mixed like pigment
/// (<see cref="Pigment.Mix"/>) with the running average of the paint it has crossed, more the further it has gone.
/// Everything depends on the plan alone, so bands rendered in parallel, at any size and on any number of cores, see the
/// same colours. Bare ground is not wet paint and is not picked up; glazes go on dry paint and pick nothing up.
/// </summary>
internal sealed class WetPickup
{
    /// <summary>Colour samples along a stroke, from its start to its end.</summary>
    public const int Samples = 8;

    // Cells on the map's long side: coarse, as a brush mixes over its width, and cheap.
    private const int MapSide = 160;
    // Share of picked-up paint where a stroke lands, growing to the full strength at its end.
    private const float AtStart = 0.3f;
    // Broad strokes (a thirtieth of the picture wide) drag fully; fine ones, the detail that keeps a subject, less.
    private const float SizeForFullPickup = 30f, MinSizeShare = 0.35f;

    private Half[] _trails;            // per stroke: Samples × (R, G, B), linear
    private bool[] _picked;            // per stroke: whether it picked anything up
    private int _done;                 // strokes whose trail is known, in plan order
    private Task? _work;
    private (StrokePlan Plan, WetMap Map)? _following; // a plan still growing, laid on the map as its strokes are asked for

    private WetPickup(int strokes) => (_trails, _picked) = (new Half[strokes * Samples * 3], new bool[strokes]);

    /// <summary>The colour of stroke <paramref name="stroke"/> along its length (linear), into <paramref name="trail"/>
    /// (at least <see cref="Samples"/> long); returns the samples written, 0 when it keeps its own colour. Waits while the
    /// map has not yet reached the stroke (<see cref="Start"/>).</summary>
    public int Trail(int stroke, Span<Rgb> trail)
    {
        if (_following is { } f) Follow(f.Plan, f.Map, stroke);
        else if (Volatile.Read(ref _done) <= stroke) WaitFor(stroke);
        if (!_picked[stroke]) return 0;
        for (int k = 0, o = stroke * Samples * 3; k < Samples; k++, o += 3)
            trail[k] = new((float)_trails[o], (float)_trails[o + 1], (float)_trails[o + 2]);
        return Samples;
    }

    /// <summary>The most of what it passes through a stroke of this brush carries: knives smear most, dry brushes skim,
    /// glazes, splatter and drips pick nothing up.</summary>
    public static float Strength(BrushKind kind) => kind switch
    {
        BrushKind.Round or BrushKind.Flat => 0.16f,
        BrushKind.Knife => 0.25f,
        BrushKind.DryBrush => 0.1f,
        _ => 0f,
    };

    /// <summary>Starts painting the wet map on a thread of its own: the map is sequential by nature (each stroke reads what
    /// the ones before it laid), so renderers follow a stroke behind it instead of waiting for all of it. A cancelled render
    /// stops it.</summary>
    public static WetPickup Start(StrokePlan plan, CancellationToken ct = default)
    {
        var pickup = new WetPickup(plan.Strokes.Count);
        pickup._work = Task.Factory.StartNew(() => pickup.Paint(plan, ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return pickup;
    }

    /// <summary>Starts a map for a plan still being painted (its strokes list grows): each stroke is laid on the map, on
    /// the caller's thread, when its trail is first asked for. The trails are those <see cref="Start"/> gives the finished
    /// plan, as a stroke's depend only on the strokes before it.</summary>
    public static WetPickup Following(StrokePlan plan) => new(0) { _following = (plan, new WetMap(plan, MapSide)) };

    private void Follow(StrokePlan plan, WetMap map, int stroke)
    {
        if (stroke >= _picked.Length)
        {
            int size = Math.Max(stroke + 1, _picked.Length * 2);
            Array.Resize(ref _picked, size);
            Array.Resize(ref _trails, size * Samples * 3);
        }
        float longSide = MathF.Max(plan.Width, plan.Height);
        Span<Rgb> trail = stackalloc Rgb[Samples];
        for (; _done <= stroke; _done++) Lay(map, plan.Strokes[_done], _done, longSide, trail);
    }

    private void WaitFor(int stroke)
    {
        var spin = new SpinWait();
        while (Volatile.Read(ref _done) <= stroke)
        {
            if (_work is { IsCompleted: true } w) { w.GetAwaiter().GetResult(); return; }
            spin.SpinOnce();
        }
    }

    private void Paint(StrokePlan plan, CancellationToken ct)
    {
        var map = new WetMap(plan, MapSide);
        float longSide = MathF.Max(plan.Width, plan.Height);
        Span<Rgb> trail = stackalloc Rgb[Samples];
        for (int i = 0; i < plan.Strokes.Count; i++, Volatile.Write(ref _done, i))
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            Lay(map, plan.Strokes[i], i, longSide, trail);
        }
    }

    // Stroke i picks up what it crosses (its trail is recorded) and lays its paint on the map.
    private void Lay(WetMap map, Stroke s, int i, float longSide, Span<Rgb> trail)
    {
        if (s.Opacity <= 0f) return;
        // A full brush lays paint more than it lifts; one running dry scrubs up more of what is there.
        float strength = Strength(s.Brush) * Math.Clamp(s.Width * SizeForFullPickup / longSide, MinSizeShare, 1f) * (1.25f - 0.5f * s.Load);
        if (strength <= 0f)
        {
            if (!Brush.Of(s.Brush).Profile.Multiply) map.Lay(s, s.Color);
            return;
        }
        bool picked = PickUp(map, s, strength, trail);
        map.Lay(s, Mean(trail));
        if (!picked) return;
        _picked[i] = true;
        for (int k = 0, o = i * Samples * 3; k < Samples; k++, o += 3)
            (_trails[o], _trails[o + 1], _trails[o + 2]) = ((Half)trail[k].R, (Half)trail[k].G, (Half)trail[k].B);
    }

    // The stroke's colour at each sample: its paint with the running average of the wet paint crossed so far mixed in.
    private static bool PickUp(WetMap map, Stroke s, float strength, Span<Rgb> trail)
    {
        float sumA = 0, r = 0, g = 0, b = 0;
        bool picked = false;
        for (int k = 0; k < Samples; k++)
        {
            float u = k / (float)(Samples - 1);
            var (under, amount) = map.Read(PointAlong(s.Points, u));
            sumA += amount; r += amount * under.R; g += amount * under.G; b += amount * under.B;
            trail[k] = s.Color;
            if (sumA < 1e-3f) continue;
            float share = strength * (sumA / (k + 1)) * (AtStart + (1 - AtStart) * u);
            trail[k] = Pigment.Mix(s.Color.Clamped(), new Rgb(r / sumA, g / sumA, b / sumA), share);
            picked = true;
        }
        return picked;
    }

    private static Rgb Mean(ReadOnlySpan<Rgb> c)
    {
        float r = 0, g = 0, b = 0;
        foreach (var x in c) { r += x.R; g += x.G; b += x.B; }
        return new(r / c.Length, g / c.Length, b / c.Length);
    }

    /// <summary>The point at fraction <paramref name="u"/> of the length of the polyline through the control points
    /// (close to the spine, which passes through them; the map is coarse).</summary>
    internal static Point2 PointAlong(Point2[] pts, float u)
    {
        if (pts.Length == 1) return pts[0];
        float total = 0;
        for (int i = 1; i < pts.Length; i++) total += (pts[i] - pts[i - 1]).Length;
        float d = u * total;
        for (int i = 1; i < pts.Length; i++)
        {
            float len = (pts[i] - pts[i - 1]).Length;
            if (d <= len || i == pts.Length - 1) return pts[i - 1] + (pts[i] - pts[i - 1]) * (len > 0 ? Math.Clamp(d / len, 0f, 1f) : 0f);
            d -= len;
        }
        return pts[^1];
    }
}
