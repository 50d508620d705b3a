namespace Echoes.Painting;

/// <summary>
/// The best linear ramp of colour over weighted samples, colour ≈ a + b·x + c·y per channel (least squares): how the
/// fractured seeing models one plane, a turned surface with light falling across it. Coordinates are taken about an
/// origin near the samples, so the sums stay well conditioned.
/// </summary>
internal sealed class ColourRamp(float originX, float originY)
{
    private double _w, _wx, _wy, _wxx, _wxy, _wyy, _cc;
    private readonly double[] _c1 = new double[3], _cx = new double[3], _cy = new double[3];

    /// <summary>How many samples were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a sample at (<paramref name="x"/>, <paramref name="y"/>) of colour (r, g, b) with weight
    /// <paramref name="w"/>.</summary>
    public void Add(float x, float y, float r, float g, float b, float w)
    {
        double dx = x - originX, dy = y - originY;
        _w += w; _wx += w * dx; _wy += w * dy; _wxx += w * dx * dx; _wxy += w * dx * dy; _wyy += w * dy * dy;
        Channel(0, r, w, dx, dy); Channel(1, g, w, dx, dy); Channel(2, b, w, dx, dy);
        Count++;
    }

    private void Channel(int k, double v, double w, double dx, double dy)
    {
        _c1[k] += w * v; _cx[k] += w * v * dx; _cy[k] += w * v * dy; _cc += w * v * v;
    }

    /// <summary>The weighted squared error the ramp leaves, over the three channels.</summary>
    public double Residual()
    {
        if (_w <= 0) return 0;
        double explained = 0;
        for (int k = 0; k < 3; k++)
        {
            var (a, b, c) = Coefficients(k);
            explained += a * _c1[k] + b * _cx[k] + c * _cy[k];
        }
        return Math.Max(0, _cc - explained);
    }

    /// <summary>The ramp's colour at a point, its slope scaled by <paramref name="slope"/> (0: the mean).</summary>
    public (float R, float G, float B) At(float x, float y, float slope = 1f)
    {
        double dx = x - originX, dy = y - originY;
        var (r, g, b) = (Value(0, dx, dy, slope), Value(1, dx, dy, slope), Value(2, dx, dy, slope));
        return ((float)r, (float)g, (float)b);
    }

    private double Value(int k, double dx, double dy, float slope)
    {
        if (_w <= 0) return 0;
        var (a, b, c) = Coefficients(k);
        // With the slope scaled, the ramp still passes through the samples' weighted mean.
        double mx = _wx / _w, my = _wy / _w;
        return a + b * mx + c * my + slope * (b * (dx - mx) + c * (dy - my));
    }

    // The channel's a, b, c from the normal equations (inverse by cofactors); samples on a line fit the mean only.
    private (double A, double B, double C) Coefficients(int k)
    {
        double a00 = _wyy * _wxx - _wxy * _wxy, a01 = _wxy * _wy - _wyy * _wx, a02 = _wx * _wxy - _wxx * _wy;
        double det = _w * a00 + _wx * a01 + _wy * a02;
        if (Math.Abs(det) < 1e-9 * Math.Max(1, _w * _wxx * _wyy)) return (_c1[k] / _w, 0, 0);
        double a11 = _w * _wyy - _wy * _wy, a12 = _wy * _wx - _w * _wxy, a22 = _w * _wxx - _wx * _wx;
        return ((a00 * _c1[k] + a01 * _cx[k] + a02 * _cy[k]) / det, (a01 * _c1[k] + a11 * _cx[k] + a12 * _cy[k]) / det,
            (a02 * _c1[k] + a12 * _cx[k] + a22 * _cy[k]) / det);
    }
}
