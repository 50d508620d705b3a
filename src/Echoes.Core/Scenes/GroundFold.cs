namespace Echoes.Scenes;

/// <summary>A fold in the ground: the crest of a swell, and how deep its shaded slope toward the viewer reaches.</summary>
/// <param name="Crest">The crest, left to right, working pixels.</param>
/// <param name="Band">How far below the crest the shade reaches, working pixels.</param>
internal sealed record GroundFold((float X, float Y)[] Crest, float Band);
