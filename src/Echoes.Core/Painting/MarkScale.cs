namespace Echoes.Painting;

/// <summary>
/// How broad a layer's mark is at a place, against the layer's own brush: a painter varies the mark with the form,
/// sweeping a broader, longer one across a calm passage and a narrower, shorter one where the form turns and holds
/// detail, and no two alike. One brush size a layer read as marks the same size everywhere. The length follows, as a
/// stroke is walked in steps of its radius.
/// </summary>
internal static class MarkScale
{
    // Broader by up to this share in a calm passage (off the subject), finer by up to this share where the detail is
    // busiest, and by up to this share either way as the hand varies.
    private const float Broader = 0.5f, Finer = 0.35f, Hand = 0.12f;

    /// <summary>The factor on the layer's brush radius at a place of this <paramref name="calm"/>,
    /// <paramref name="detail"/> at the layer's scale and <paramref name="focus"/> (each 0–1), and the hand's
    /// <paramref name="wobble"/> (0–1). What detail a calm passage shows is its noise (a sky's grain, a wall's
    /// blur), not form, so it does not narrow the mark there.</summary>
    public static float At(float calm, float detail, float focus, float wobble) =>
        (1f + Broader * calm * (1f - focus)) * (1f - Finer * detail * (1f - calm)) * (1f + Hand * (2f * wobble - 1f));
}
