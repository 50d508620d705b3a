using Echoes.Brushes;

namespace Echoes.Scenes;

/// <summary>
/// One peak of a ridge and the form of its flanks, so no two hills are the same rounded dome: a pointed peak with
/// concave flanks, a dome, a peak with a shoulder (a bench part-way down one flank), a cliff (one face falling
/// steeply) or a swell.
/// </summary>
/// <param name="At">Where it stands across the width, 0–1.</param>
/// <param name="Height">Its height, 0–1.</param>
/// <param name="Half">Its half-breadth at the foot, a fraction of the width.</param>
/// <param name="Lean">How much one flank is longer than the other (−0.35 to 0.35, dunes more).</param>
/// <param name="Form">The form of its flanks.</param>
/// <param name="Side">The flank (−1 left, 1 right) that carries the shoulder or the cliff.</param>
/// <param name="Steep">How a mountain's flanks fall from a sharp top (the power of the fall: about 1 straight, 2 deeply
/// concave, spired); 0 for the forms' own rounded falls (every dune, the low swells of the land).</param>
internal readonly record struct RidgePeak(float At, float Height, float Half, float Lean, PeakForm Form, float Side, float Steep = 0f)
{
    /// <summary>The peak's height at <paramref name="x"/>, given the roughness <paramref name="rough"/> (−0.5 to 0.5 times
    /// the flanks' wander there) that breaks its flanks.</summary>
    public float At01(float x, float rough)
    {
        float d = (x - At) / Half;
        d *= d < 0 ? 1f - Lean : 1f + Lean;
        bool onSide = MathF.Sign(d) == MathF.Sign(Side);
        // A cliff's face falls in a third of the breadth of the other flank.
        if (Form == PeakForm.Cliff && onSide) d *= 3f;
        float t = Math.Clamp(MathF.Abs(d) + rough, 0f, 1f);
        float h = Steep > 0f && Form != PeakForm.Dome ? MathF.Pow(1f - t, Steep) : Form switch
        {
            PeakForm.Pointed => MathF.Pow(1f - t, 1.7f),
            PeakForm.Dome => MathF.Pow(1f - t * t, 1.6f),
            _ => MathF.Pow(1f - t, 2f) * (1f + 1.6f * t),
        };
        // The shoulder: a bench part-way down the flank, where the fall eases before it drops again.
        if (Form == PeakForm.Shoulder && onSide) h = MathF.Max(h, 0.4f * (1f - Noise.Smoothstep(0.65f, 1f, t)));
        return Height * h;
    }
}
