namespace Echoes.Painting;

/// <summary>Where a painting stands: strokes placed, the expected total, and the current error (RMSE, 0–255 scale).</summary>
/// <param name="Strokes">Strokes placed so far.</param>
/// <param name="Total">Strokes expected in all (an estimate while the layered pass runs).</param>
/// <param name="Rmse">Current error of the working canvas against the target.</param>
public readonly record struct PaintProgress(int Strokes, int Total, double Rmse);
