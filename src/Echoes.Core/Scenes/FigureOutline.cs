namespace Echoes.Scenes;

/// <summary>
/// The outline of what a figure wears, figure units (heights from the feet, half-widths across the body): where its
/// garment starts, how wide it is at the waist, and where and how wide its hem hangs; a walking figure's hem trails.
/// </summary>
/// <param name="Top">Where the garment's mass starts.</param>
/// <param name="TopHalf">Its half-width there.</param>
/// <param name="Waist">The waist's height.</param>
/// <param name="WaistHalf">The half-width at the waist.</param>
/// <param name="Hem">The hem's height.</param>
/// <param name="HemHalf">The half-width at the hem.</param>
/// <param name="Trail">How far the hem trails behind a walking figure (negative: behind the way it goes).</param>
internal sealed record FigureOutline(float Top, float TopHalf, float Waist, float WaistHalf, float Hem, float HemHalf, float Trail)
{
    /// <summary>The outline of <paramref name="posed"/>'s garment, broader for a broader build.</summary>
    public static FigureOutline Of(PosedFigure posed)
    {
        var s = posed.Skeleton;
        float b = posed.Build, top = s.Neck.Y - 0.04f, waist = s.Hip.Y + 0.07f;
        float trail = posed.Placed.Figure.Pose == Pose.Walking ? -0.05f : 0f;
        bool low = posed.Placed.Figure.Pose is Pose.Sitting or Pose.Kneeling;
        return posed.Garment switch
        {
            Garment.Coat => new(top, 0.085f * b, waist, 0.09f * b, 0.27f, 0.15f * b, trail),
            // To mid-calf, so the legs and the gap between them show under it: a skirt to the ankles read as a legless bell.
            Garment.Dress => new(waist + 0.02f, 0.07f * b, waist, 0.08f * b, 0.19f, 0.16f * b, trail),
            Garment.Shirt => new(top, 0.075f * b, s.Hip.Y + 0.03f, 0.065f * b, s.Hip.Y + 0.01f, 0.075f * b, 0f),
            // Hung from the shoulders over the arms to the calf, the legs under it; a seated or kneeling figure's pools on the
            // ground round it.
            Garment.Cloak => new(s.Neck.Y - 0.02f, 0.11f * b, waist, 0.14f * b, low ? 0.03f : 0.24f, (low ? 0.21f : 0.18f) * b, trail),
            // A jacket narrower at the waist than across the shoulders, as a body is from behind.
            _ => new(top, 0.085f * b, waist, 0.075f * b, s.Hip.Y - 0.05f, 0.1f * b, 0f),
        };
    }
}
