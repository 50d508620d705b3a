using Echoes.Color;
using Echoes.Targets;

namespace Echoes.Scenes;

/// <summary>What the composer made of a scene: the painting target (with its region masks) and the facts of the layout
/// the scene's own strokes (<see cref="SceneMarks"/>) are painted from.</summary>
/// <param name="Scene">The scene as composed.</param>
/// <param name="Target">The reference image (the landscape alone) and guidance fields, with <see cref="Target.Guide"/> set
/// from the regions.</param>
/// <param name="Regions">Where sky, land and water are, per working pixel (the figures and echoes are empty: the scene
/// paints them itself).</param>
/// <param name="Figures">Where each figure stands, in working pixels.</param>
/// <param name="HorizonY">The horizon, in working pixels from the top.</param>
/// <param name="RidgeCount">How many ridges the landscape has.</param>
/// <param name="SkyTop">Colour at the top of the sky.</param>
/// <param name="SkyHorizon">Colour of the sky at the horizon.</param>
/// <param name="Light">Where the sun or moon is, working pixels, and its colour.</param>
/// <param name="Ridges">The ridges, far to near.</param>
/// <param name="Layers">Which element of the landscape is in front at each working pixel.</param>
/// <param name="LandTop">Where the ground in front of the ridges begins, working pixels from the top.</param>
/// <param name="Folds">The folds in the ground, far to near.</param>
/// <param name="Course">The river or path that leads the eye in, or null where the landscape has none.</param>
internal sealed record Composition(Scene Scene, Target Target, RegionMasks Regions, IReadOnlyList<PlacedFigure> Figures, float HorizonY,
    int RidgeCount, Rgb SkyTop, Rgb SkyHorizon, (float X, float Y, Rgb Color) Light, IReadOnlyList<Ridge> Ridges, LandLayers Layers,
    float LandTop, IReadOnlyList<GroundFold> Folds, Course? Course = null)
{
    /// <summary>The side of a form turned from the sun or moon: −1 left, 1 right.</summary>
    public float Lee => Light.X > Target.Width / 2f ? -1f : 1f;
}
