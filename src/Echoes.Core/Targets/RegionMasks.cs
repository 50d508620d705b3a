namespace Echoes.Targets;

/// <summary>Where each kind of thing is in a composed target, one value in [0, 1] per working pixel.</summary>
/// <param name="Sky">The sky.</param>
/// <param name="Land">Ground and ridges.</param>
/// <param name="Water">Sea or river.</param>
internal sealed record RegionMasks(float[] Sky, float[] Land, float[] Water);
