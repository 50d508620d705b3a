using Echoes.Color;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>What the composer made of a scene: the painting target (with its region masks) and the facts of the layout.</summary>
/// <param name="Target">The reference image and guidance fields, with <see cref="Target.Guide"/> set from the regions.</param>
/// <param name="Regions">Where sky, land, water, figures and echoes are, per working pixel.</param>
/// <param name="Figures">Where each figure stands, in working pixels.</param>
/// <param name="HorizonY">The horizon, in working pixels from the top.</param>
/// <param name="RidgeCount">How many ridges the landscape has.</param>
/// <param name="SkyTop">Colour at the top of the sky.</param>
/// <param name="SkyHorizon">Colour of the sky at the horizon.</param>
internal sealed record Composition(
    Target Target, RegionMasks Regions, IReadOnlyList<PlacedFigure> Figures, float HorizonY, int RidgeCount, Rgb SkyTop, Rgb SkyHorizon);
