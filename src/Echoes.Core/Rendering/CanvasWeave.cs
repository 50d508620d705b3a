using System.Buffers;
using Echoes.Brushes;
using Echoes.Strokes;

namespace Echoes.Rendering;

/// <summary>
/// The canvas the paint lies on: a plain weave of threads, as the ground of the height field. It is part of the relief
/// (lit by the light pass, off with the impasto), so it shows in the bare ground and through thin or broken paint and
/// disappears under thick paint, which replaces the relief beneath. Threads are counted relative to the painting, in
/// logical units, so a print at any size shows the same weave; they fade out where they would fall below about two
/// pixels.
/// </summary>
internal static class CanvasWeave
{
    // Threads across the painting's long side: a coarse canvas, so the weave still reads at screen sizes.
    private const float ThreadsAcross = 360f;
    // Height of a thread relative to its pitch: a low weave, felt rather than seen.
    private const float Depth = 0.06f;
    private const uint Seed = 0x5EED7E5Fu;

    /// <summary>Thread pitch of <paramref name="plan"/>'s canvas, in logical units.</summary>
    public static float Pitch(StrokePlan plan) => MathF.Max(plan.Width, plan.Height) / ThreadsAcross;

    /// <summary>
    /// Writes the weave's height (logical units) into <paramref name="height"/>, rows × <paramref name="width"/> pixels
    /// whose first row is image row <paramref name="top"/>, for a render at <paramref name="scale"/> pixels per unit
    /// offset by (<paramref name="offsetX"/>, <paramref name="offsetY"/>) pixels.
    /// </summary>
    public static void Fill(Span<float> height, int width, int top, int rows, float pitch, float scale, float offsetX, float offsetY)
    {
        float pitchPx = pitch * scale;
        float amp = Depth * pitch * Noise.Smoothstep(1.5f, 2.5f, pitchPx);
        if (amp <= 0f)
        {
            height[..(width * rows)].Clear();
            return;
        }
        var pool = ArrayPool<float>.Shared;
        float[] body = pool.Rent(width), side = pool.Rent(width), wave = pool.Rent(width), at = pool.Rent(width), weft = pool.Rent(width);
        float[] warp = pool.Rent(width), primeTop = pool.Rent(width), primeBottom = pool.Rent(width);
        for (int x = 0; x < width; x++)
        {
            at[x] = (x + 0.5f - offsetX) / pitchPx;
            (body[x], side[x], wave[x]) = Thread(at[x], amp);
        }
        int first = (int)MathF.Floor(at[0]), weftRow = int.MinValue, primeRow = int.MinValue;
        for (int r = 0; r < rows; r++)
        {
            float g = (top + r + 0.5f - offsetY) / pitchPx;
            var (rowBody, rowSide, rowWave) = Thread(g, amp);
            int row = (int)MathF.Floor(g), patch = (int)MathF.Floor(g / Patch);
            // A weft thread's slubs lie along it: the same for every row it covers.
            if (row != weftRow) Slubs(weft, at, width, weftRow = row);
            if (patch != primeRow) Primed(primeTop, primeBottom, at, width, primeRow = patch);
            // Each warp thread's slubs at this row: once per thread, for the columns it covers.
            for (int x = 0, thread = first; x < width; thread++)
            {
                float slub = Slub(WarpSeed, thread, g);
                for (; x < width && at[x] < thread + 1; x++) warp[x] = slub;
            }
            float ty = Noise.Smoothstep(0f, 1f, g / Patch - patch);
            var line = height.Slice(r * width, width);
            for (int x = 0; x < width; x++)
            {
                // Each thread rises where it passes over a crossing thread and dips where it passes under one.
                float over = body[x] * warp[x] * (0.5f + 0.5f * side[x] * rowWave), under = rowBody * weft[x] * (0.5f - 0.5f * rowSide * wave[x]);
                line[x] = MathF.Max(over, under) * (primeTop[x] + (primeBottom[x] - primeTop[x]) * ty);
            }
        }
        foreach (var a in new[] { body, side, wave, at, weft, warp, primeTop, primeBottom }) pool.Return(a);
    }

    // Threads a patch of the priming spans: the ground fills the weave more in one patch than the next, as a brushed
    // ground does, so no stretch of bare canvas is a regular screen of dots (an even weave, bare, read as a printed grid).
    private const float Patch = 7f;
    private const uint WarpSeed = 0x51B5A7u, WeftSeed = 0x3EF7u, PrimeSeed = 0x9121Eu;

    // How thick thread `thread` is at `along` (in pitches) along its length: slubs, thickening and thinning over a few
    // crossings, as linen's threads do.
    private static float Slub(uint seed, int thread, float along) => 0.55f + 0.9f * Noise.Value1(Noise.Hash(seed, thread), along / 3f);

    // The slubs of weft thread `row` at each column.
    private static void Slubs(float[] into, float[] at, int width, int row)
    {
        for (int x = 0; x < width; x++) into[x] = Slub(WeftSeed, row, at[x]);
    }

    // How much of the weave the priming leaves standing at each column along patch rows `patch` and `patch` + 1 (the
    // rows between blend them): 0.3 where it fills the weave most to 1 where it leaves it whole.
    private static void Primed(float[] top, float[] bottom, float[] at, int width, int patch)
    {
        for (int x = 0; x < width; x++)
        {
            float u = at[x] / Patch;
            (top[x], bottom[x]) = (0.3f + 0.7f * Noise.Value2(PrimeSeed, u, patch), 0.3f + 0.7f * Noise.Value2(PrimeSeed, u, patch + 1));
        }
    }

    // The thread at g (in pitches): its rounded cross-section (of uneven thickness), which side of the crossing
    // threads it starts on (±1, alternating), and sin(π g), ±1 at the centres of successive threads.
    private static (float Body, float Side, float Wave) Thread(float g, float amp)
    {
        float cell = MathF.Floor(g), f = g - cell;
        int i = (int)cell;
        float thickness = 0.7f + 0.6f * Noise.Unit(Seed, i);
        return (amp * thickness * MathF.Sin(MathF.PI * f), (i & 1) == 0 ? 1f : -1f, MathF.Sin(MathF.PI * g));
    }
}
