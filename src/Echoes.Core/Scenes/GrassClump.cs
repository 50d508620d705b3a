namespace Echoes.Scenes;

/// <summary>A clump of grass as planned: where it roots, how it grows and in what value.</summary>
/// <param name="X">Its root, working pixels.</param>
/// <param name="Y">Its root, working pixels.</param>
/// <param name="Size">Its height, working pixels.</param>
/// <param name="Blades">How many blades it has.</param>
/// <param name="Lean">The lean of its blades, radians from upright (positive to the right).</param>
/// <param name="Spread">How far its blades fan either side of the lean, radians.</param>
/// <param name="Value">Its blades' luminance against the ground's there (below 1 darker).</param>
/// <param name="Tint">How far its colour leans off the ground's, warm (above 0) or grey (below), at the same value.</param>
/// <param name="Lit">How many of its blades catch the light.</param>
internal sealed record GrassClump(float X, float Y, float Size, int Blades, float Lean, float Spread, float Value, float Tint, int Lit);
