using System.Runtime.CompilerServices;
using Echoes.Strokes;
using static Echoes.Brushes.BrushTexture;
using static Echoes.Brushes.Noise;

namespace Echoes.Brushes;

/// <summary>Palette knife: a flat plane of paint with scraped, ragged edges and a low ridge where the knife lifts.</summary>
internal sealed class KnifeBrush() : Brush(BrushKind.Knife,
    new(SquareEnds: true, Tapers: false, BristlesPerUnit: 0.25f, Relief: 1.24f, CoversRelief: 0.95f, Multiply: false,
        Swell: 0.12f, Ragged: 0.3f))
{
    internal override (float Across, uint AcrossSeed, float Along, uint AlongSeed) NoiseCycles(in Params p) =>
        (p.Bristles * 3f, p.Seed, p.Aspect * 2.5f, p.Seed ^ 0x2545F491u);

    internal override void WithTexture<TUser>(ref TUser user) => user.Use<Texture>();

    internal readonly struct Texture : IBrushTexture
    {
        // Scraped edges: the slab's border wanders and breaks; thin scrape lines run along it.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sample(in Params p, float u, float v, out float height)
        {
            float av = MathF.Abs(v);
            float v01 = 0.5f * (v + 1f);
            float m = av < 0.8f ? 1f : 1f - p.EdgeAmp * Smoothstep(0.8f + 0.15f * Along(p, u), 1f, av);
            float scrape = Across(p, v01);
            m *= 1f - p.StreakAmp * 0.3f * Smoothstep(0.82f, 0.92f, scrape);
            if (u - p.Load > 0.15f)
            {
                float broken = Smoothstep(0.55f, 0.68f, Value2(p.Seed ^ 0x9E37u, u * p.Aspect * 1.2f, v01 * 2.5f));
                m *= 1f - p.EdgeAmp * Smoothstep(0.15f, 0.35f, u - p.Load) * broken;
            }
            m *= RaggedEnds(p, u, v01, p.Ragged) * RaggedSides(p, u, v);
            // Paint pushed ahead of the blade stays as a ridge where it lifts, uneven across the blade.
            float r = Ridge(p, v01);
            float lift = Smoothstep(0.35f, 0.05f, (1f - u) * p.Aspect) * (0.2f + 0.12f * r);
            height = 1f + 0.25f * p.Groove * r + 0.04f * p.StreakAmp * scrape + lift;
            return Math.Clamp(m, 0f, 1f);
        }
    }
}
