using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>A ridge of the landscape as composed: its crest line (working pixels, left to right), how near it is and
/// the colour of its top.</summary>
/// <param name="Crest">The crest, left to right.</param>
/// <param name="Depth">0 for the farthest ridge, 1 for the nearest.</param>
/// <param name="Color">The colour at its top (hazier with distance).</param>
internal sealed record Ridge((float X, float Y)[] Crest, float Depth, Rgb Color);
