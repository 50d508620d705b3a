namespace Echoes.Scenes;

/// <summary>One side's arm and leg; the shoulder is the neck's side, the thigh starts at the hip.</summary>
/// <param name="Elbow">The elbow.</param>
/// <param name="Hand">The hand.</param>
/// <param name="Knee">The knee.</param>
/// <param name="Foot">The foot.</param>
internal sealed record Limbs((float X, float Y) Elbow, (float X, float Y) Hand, (float X, float Y) Knee, (float X, float Y) Foot);
