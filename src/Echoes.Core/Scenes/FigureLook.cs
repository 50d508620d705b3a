using Echoes.Color;

namespace Echoes.Scenes;

/// <summary>The colours a figure is painted in, chosen against the ground behind it.</summary>
/// <param name="Body">The figure itself.</param>
/// <param name="Shadow">Its shadow on the ground.</param>
/// <param name="Halo">The patch of ground painted behind it for contrast.</param>
/// <param name="HaloOpacity">How strongly that patch is painted; 0 when the ground already contrasts.</param>
internal sealed record FigureLook(Rgb Body, Rgb Shadow, Rgb Halo, float HaloOpacity);
