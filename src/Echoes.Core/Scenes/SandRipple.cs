namespace Echoes.Scenes;

/// <summary>A ripple of wind or water in sand as planned: a low arc, its shaded trough and perhaps a lit lip.</summary>
/// <param name="X">Its middle, working pixels.</param>
/// <param name="Y">Its middle, working pixels.</param>
/// <param name="Length">Its length, working pixels.</param>
/// <param name="Sag">How far its middle rises above its ends, working pixels.</param>
/// <param name="Tilt">How far its right end lies above its left, working pixels.</param>
/// <param name="Value">Its trough's luminance against the sand's there (below 1 darker).</param>
/// <param name="Tint">How far its colour leans off the sand's, warm (above 0) or grey (below), at the same value.</param>
/// <param name="Lip">Whether its lip catches the light.</param>
internal sealed record SandRipple(float X, float Y, float Length, float Sag, float Tilt, float Value, float Tint, bool Lip);
