namespace Echoes.Scenes;

/// <summary>A fold in the ground: the crest of a swell, and how deep its shaded slope toward the viewer reaches.</summary>
/// <param name="Crest">The crest, left to right, working pixels.</param>
/// <param name="Band">How far below the crest the shade reaches, working pixels.</param>
/// <param name="Lee">For a row of dunes, the side its slip faces fall toward (−1 left, 1 right); 0 for a fold of other land.</param>
/// <param name="Foot">For a row of dunes, where its slip faces end, working pixels from the top.</param>
/// <param name="Cover">For a row of dunes, the crests of the rows in front of it as one line (the highest of them at each
/// place, left to right): below it the row is hidden. None for the nearest row and for other land.</param>
internal sealed record GroundFold((float X, float Y)[] Crest, float Band, float Lee = 0f, float Foot = 0f, (float X, float Y)[]? Cover = null)
{
    /// <summary>Whether (x, y) on this fold is in sight, not behind a nearer row of dunes.</summary>
    public bool Visible(float x, float y) => Cover is null || y < LandLayers.CrestAt(Cover, x) - 1f;
}
