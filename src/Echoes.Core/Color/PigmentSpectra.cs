namespace Echoes.Color;

/// <summary>
/// The spectral model behind <see cref="Pigment"/>: 16 wavelength bands (20 nm wide, centred 400–700 nm), the matrix
/// that turns a reflectance spectrum into linear sRGB, and seven smooth basis reflectances (white, cyan, magenta,
/// yellow, red, green, blue) that a linear RGB colour is built from. Everything is computed here from public colorimetry
/// (no measured tables): the CIE 1931 observer by the multi-lobe Gaussian fit of Wyman, Sloan and Shirley (JCGT 2013),
/// daylight as a 6504 K black body, the sRGB matrix of IEC 61966-2-1; each basis curve is the smoothest spectrum in
/// [0, 1] (least squared slope, after Scott Burns) whose colour is exactly its primary, so a colour turned into a
/// spectrum and back is unchanged.
/// </summary>
internal static class PigmentSpectra
{
    private const double First = 400, Step = 20;

    // XYZ (D65 white) to linear sRGB; declared first, as the tables below are built from it.
    private static readonly double[] XyzToRgb =
    [
        3.2404542, -1.5371385, -0.4985314,
        -0.9692660, 1.8760108, 0.0415560,
        0.0556434, -0.2040259, 1.0572252,
    ];

    /// <summary>Wavelength bands.</summary>
    public const int Bands = 16;

    /// <summary>Linear sRGB of a spectrum: three rows of <see cref="Bands"/> weights; a flat reflectance of 1 is white.</summary>
    public static readonly float[] ToRgb = BuildToRgb();

    /// <summary>The basis reflectances, seven rows of <see cref="Bands"/>: white, cyan, magenta, yellow, red, green, blue.</summary>
    public static readonly float[] Basis = BuildBasis();

    private static float[] BuildToRgb()
    {
        var t = new double[3 * Bands];
        for (int i = 0; i < Bands; i++)
        {
            double x = 0, y = 0, z = 0;
            // Each band integrates observer × illuminant over its 20 nm at 1 nm steps.
            for (double l = First + i * Step - Step / 2 + 0.5; l < First + i * Step + Step / 2; l += 1)
            {
                double e = BlackBody(l, 6504);
                x += e * Xbar(l); y += e * Ybar(l); z += e * Zbar(l);
            }
            for (int c = 0; c < 3; c++) t[c * Bands + i] = XyzToRgb[c * 3] * x + XyzToRgb[c * 3 + 1] * y + XyzToRgb[c * 3 + 2] * z;
        }
        // A perfect white reflector renders as white: each channel normalised to sum 1 (von Kries in RGB).
        var result = new float[3 * Bands];
        for (int c = 0; c < 3; c++)
        {
            double sum = 0;
            for (int i = 0; i < Bands; i++) sum += t[c * Bands + i];
            for (int i = 0; i < Bands; i++) result[c * Bands + i] = (float)(t[c * Bands + i] / sum);
        }
        return result;
    }

    private static float[] BuildBasis()
    {
        (double R, double G, double B)[] primaries = [(1, 1, 1), (0, 1, 1), (1, 0, 1), (1, 1, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1)];
        var basis = new float[primaries.Length * Bands];
        for (int p = 0; p < primaries.Length; p++)
        {
            var curve = SmoothestSpectrum(primaries[p].R, primaries[p].G, primaries[p].B);
            // Values this small are flushed to zero: as floats they could be denormal, which arithmetic crawls through.
            for (int i = 0; i < Bands; i++) basis[p * Bands + i] = curve[i] < 1e-6 ? 0f : (float)curve[i];
        }
        return basis;
    }

    /// <summary>The spectrum in [0, 1] of least squared slope whose colour is (r, g, b): an active-set solve of the
    /// constrained least squares, pinning bands that leave [0, 1] to the bound until none does.</summary>
    private static double[] SmoothestSpectrum(double r, double g, double b)
    {
        var pinned = new double?[Bands];
        double[] x = new double[Bands];
        for (int round = 0; round <= Bands; round++)
        {
            x = SolveWithPins(pinned, [r, g, b]);
            bool changed = false;
            for (int i = 0; i < Bands; i++)
            {
                if (pinned[i] is not null) continue;
                if (x[i] < 0) { pinned[i] = 0; changed = true; }
                else if (x[i] > 1) { pinned[i] = 1; changed = true; }
            }
            if (!changed) break;
        }
        for (int i = 0; i < Bands; i++) x[i] = Math.Clamp(x[i], 0, 1);
        return x;
    }

    // Minimise Σ (x[i+1] − x[i])² subject to ToRgb·x = rgb with some x fixed: the KKT system of the free bands.
    private static double[] SolveWithPins(double?[] pinned, double[] rgb)
    {
        var toRgb = ToRgb;
        int n = Bands + 3;
        var a = new double[n, n + 1];
        for (int i = 0; i < Bands; i++)
        {
            if (pinned[i] is double v) { a[i, i] = 1; a[i, n] = v; continue; }
            if (i > 0) { a[i, i] += 2; a[i, i - 1] -= 2; }
            if (i < Bands - 1) { a[i, i] += 2; a[i, i + 1] -= 2; }
            for (int c = 0; c < 3; c++) a[i, Bands + c] = toRgb[c * Bands + i];
        }
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < Bands; i++) a[Bands + c, i] = toRgb[c * Bands + i];
            a[Bands + c, n] = rgb[c];
        }
        return GaussSolve(a, n)[..Bands];
    }

    private static double[] GaussSolve(double[,] a, int n)
    {
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            for (int c = 0; c <= n; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            for (int r = 0; r < n; r++)
            {
                if (r == col || a[r, col] == 0) continue;
                double f = a[r, col] / a[col, col];
                for (int c = col; c <= n; c++) a[r, c] -= f * a[col, c];
            }
        }
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = a[i, n] / a[i, i];
        return x;
    }

    // The CIE 1931 2° observer, Wyman–Sloan–Shirley piecewise-Gaussian fit (wavelength in nm).
    private static double Xbar(double l) => 1.056 * Lobe(l, 599.8, 37.9, 31.0) + 0.362 * Lobe(l, 442.0, 16.0, 26.7)
        - 0.065 * Lobe(l, 501.1, 20.4, 26.2);

    private static double Ybar(double l) => 0.821 * Lobe(l, 568.8, 46.9, 40.5) + 0.286 * Lobe(l, 530.9, 16.3, 31.1);

    private static double Zbar(double l) => 1.217 * Lobe(l, 437.0, 11.8, 36.0) + 0.681 * Lobe(l, 459.0, 26.0, 13.8);

    private static double Lobe(double l, double mu, double below, double above)
    {
        double t = (l - mu) / (l < mu ? below : above);
        return Math.Exp(-0.5 * t * t);
    }

    // Planck's law, relative (constants folded in; only the shape matters after normalisation).
    private static double BlackBody(double nm, double kelvin)
    {
        double l = nm * 1e-9;
        return 1.0 / (Math.Pow(l, 5) * (Math.Exp(1.438776877e-2 / (l * kelvin)) - 1.0));
    }
}
