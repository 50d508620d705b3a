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
        float[] body = pool.Rent(width), side = pool.Rent(width), wave = pool.Rent(width);
        for (int x = 0; x < width; x++) (body[x], side[x], wave[x]) = Thread((x + 0.5f - offsetX) / (scale * pitch), amp);
        for (int r = 0; r < rows; r++)
        {
            var (rowBody, rowSide, rowWave) = Thread((top + r + 0.5f - offsetY) / (scale * pitch), amp);
            var line = height.Slice(r * width, width);
            for (int x = 0; x < width; x++)
            {
                // Each thread rises where it passes over a crossing thread and dips where it passes under one.
                float warp = body[x] * (0.5f + 0.5f * side[x] * rowWave), weft = rowBody * (0.5f - 0.5f * rowSide * wave[x]);
                line[x] = MathF.Max(warp, weft);
            }
        }
        pool.Return(body);
        pool.Return(side);
        pool.Return(wave);
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
