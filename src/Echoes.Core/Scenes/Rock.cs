namespace Echoes.Scenes;

/// <summary>A rock of the near ground as planned: where it sits, how large, and how dark and how lit it is.</summary>
/// <param name="X">The middle of its foot, working pixels.</param>
/// <param name="Y">The middle of its foot, working pixels.</param>
/// <param name="Size">Its height, working pixels.</param>
/// <param name="Wide">Its width against a rock as high of the usual build.</param>
/// <param name="Hump">Where its upper mass sits, across it (−0.25 to 0.25 of its size).</param>
/// <param name="Value">Its body's darkness: the share of the ground's colour it keeps.</param>
/// <param name="Catch">How much light its lit face catches: 0 hardly above its body, 1 a step above the ground.</param>
/// <param name="Turn">How far its lit face turns from its top (0) to its side toward the light (1).</param>
internal sealed record Rock(float X, float Y, float Size, float Wide, float Hump, float Value, float Catch, float Turn);
