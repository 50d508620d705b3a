using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>The colours a figure is painted in, chosen against the ground it stands on.</summary>
/// <param name="Body">The figure itself.</param>
/// <param name="Shadow">Its shadow on the ground.</param>
/// <param name="Rim">The light caught on its edge toward the scene's light (none on the other side).</param>
/// <param name="RimOpacity">How strongly that edge is painted, and how wide: more on darker ground.</param>
/// <param name="Lit">The body where the scene's light falls on it, on the side toward the sun or moon.</param>
internal sealed record FigureLook(Rgb Body, Rgb Shadow, Rgb Rim, float RimOpacity, Rgb Lit);
