using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The painter's canvas at working size, in the encoded space of <see cref="Target.Encoded"/>, with the per-pixel
/// squared error against the target and an 8×8-cell grid of error sums for importance sampling. Committing a stroke
/// updates the error only inside its bounds.
/// </summary>
internal sealed class WorkCanvas
{
    public const int Cell = 8;
    public readonly int W, H, GW, GH;
    public readonly float[] T, C, Err;
    public readonly double[] CellErr;
    private readonly double[] _cumulative;
    private bool _cumulativeStale = true;

    public WorkCanvas(float[] target, int width, int height, float r, float g, float b)
    {
        W = width; H = height;
        T = target;
        _ground = (r, g, b);
        C = new float[W * H * 3];
        for (int i = 0; i < C.Length; i += 3) { C[i] = r; C[i + 1] = g; C[i + 2] = b; }
        Err = new float[W * H];
        GW = (W + Cell - 1) / Cell; GH = (H + Cell - 1) / Cell;
        CellErr = new double[GW * GH];
        _cumulative = new double[GW * GH];
        UpdateError(0, 0, W, H);
    }

    private readonly (float R, float G, float B) _ground;

    /// <summary>The ground's colour, encoded.</summary>
    public (float R, float G, float B) Ground => _ground;

    /// <summary>Whether pixel <paramref name="q"/> still shows the bare ground where the target wants paint: no stroke has
    /// touched it and the target differs from the ground.</summary>
    public bool IsBare(int q)
    {
        if (!Untouched(q)) return false;
        int j = q * 3;
        float dr = T[j] - _ground.R, dg = T[j + 1] - _ground.G, db = T[j + 2] - _ground.B;
        return dr * dr + dg * dg + db * db > 4e-4f;
    }

    /// <summary>Whether no stroke has touched pixel <paramref name="q"/>: antialiased paint never lands on the ground's
    /// exact value.</summary>
    public bool Untouched(int q)
    {
        int j = q * 3;
        return C[j] == _ground.R && C[j + 1] == _ground.G && C[j + 2] == _ground.B;
    }

    /// <summary>Sum of squared errors over all pixels and channels.</summary>
    public double TotalError { get; private set; }

    /// <summary>RMSE on the 0–255 scale.</summary>
    public double Rmse => Math.Sqrt(Math.Max(0, TotalError) / (W * (double)H * 3)) * 255.0;

    /// <summary>Composites a rasterized stroke of one colour and refreshes the error inside its bounds.</summary>
    public void Commit(StrokeGeometry g, float r, float gr, float b)
    {
        var sink = new CommitSink { C = C, W = W, R = r, G = gr, B = b, MinX = int.MaxValue, MinY = int.MaxValue, MaxX = -1, MaxY = -1 };
        Rasterizer.Rasterize(g, 0, 0, W, H, ref sink);
        if (sink.MaxX >= 0) UpdateError(sink.MinX, sink.MinY, sink.MaxX + 1, sink.MaxY + 1);
    }

    /// <summary>Composites strokes in order, each of one colour, as <see cref="Commit"/> one by one would, and refreshes
    /// the error once after: a layer's strokes, all traced before any is painted. The rows are painted in bands on every
    /// core, each band compositing in order the strokes that reach it (a row's pixels do not depend on the others').</summary>
    /// <param name="strokes">The strokes in painting order, with their colours in the canvas's encoded space.</param>
    /// <param name="scale">Working pixels per logical unit.</param>
    /// <param name="po">Cores and cancellation.</param>
    public void CommitAll(IReadOnlyList<(Stroke Stroke, float R, float G, float B)> strokes, float scale, ParallelOptions po)
    {
        // A few bands a core balance the work; rows a whole number of error cells.
        int bandH = Math.Max(4 * Cell, (H / (4 * Environment.ProcessorCount) + Cell - 1) / Cell * Cell);
        int bands = (H + bandH - 1) / bandH;
        var buckets = BandBuckets.Of(0, strokes.Count, i => StrokeGeometry.VerticalBounds(strokes[i].Stroke, scale), bandH, bands, H, halo: 0f);
        Parallel.For(0, bands, po, () => new StrokeGeometry(), (band, _, geo) =>
        {
            var sink = new CommitSink { C = C, W = W, MinX = int.MaxValue, MinY = int.MaxValue, MaxX = -1, MaxY = -1 };
            foreach (int i in buckets[band])
            {
                var (stroke, r, g, b) = strokes[i];
                geo.Build(stroke, scale);
                (sink.R, sink.G, sink.B) = (r, g, b);
                Rasterizer.Rasterize(geo, 0, band * bandH, W, Math.Min(H, (band + 1) * bandH), ref sink);
            }
            return geo;
        }, _ => { });
        UpdateError(0, 0, W, H);
    }

    /// <summary>Recomputes the error of the pixel rectangle and of the grid cells it touches.</summary>
    public void UpdateError(int x0, int y0, int x1, int y1)
    {
        int cx0 = x0 / Cell, cy0 = y0 / Cell, cx1 = (x1 - 1) / Cell, cy1 = (y1 - 1) / Cell;
        for (int cy = cy0; cy <= cy1; cy++)
            for (int cx = cx0; cx <= cx1; cx++)
            {
                double sum = 0;
                int yEnd = Math.Min(H, (cy + 1) * Cell), xEnd = Math.Min(W, (cx + 1) * Cell);
                for (int y = cy * Cell; y < yEnd; y++)
                    for (int x = cx * Cell; x < xEnd; x++)
                    {
                        int i = y * W + x, j = i * 3;
                        float dr = T[j] - C[j], dg = T[j + 1] - C[j + 1], db = T[j + 2] - C[j + 2];
                        float e = dr * dr + dg * dg + db * db;
                        Err[i] = e; sum += e;
                    }
                int ci = cy * GW + cx;
                TotalError += sum - CellErr[ci];
                CellErr[ci] = sum;
            }
        _cumulativeStale = true;
    }

    /// <summary>A pixel drawn with probability proportional to its cell's error (uniform inside the cell).</summary>
    public (int X, int Y) SamplePosition(Random rng)
    {
        if (_cumulativeStale)
        {
            double acc = 0;
            for (int i = 0; i < CellErr.Length; i++) { acc += Math.Max(0, CellErr[i]); _cumulative[i] = acc; }
            _cumulativeStale = false;
        }
        double total = _cumulative[^1];
        int cell;
        if (total <= 0) cell = rng.Next(CellErr.Length);
        else
        {
            cell = Array.BinarySearch(_cumulative, rng.NextDouble() * total);
            if (cell < 0) cell = ~cell;
            cell = Math.Min(cell, CellErr.Length - 1);
        }
        int gx = cell % GW, gy = cell / GW;
        int x = Math.Min(W - 1, gx * Cell + rng.Next(Cell)), y = Math.Min(H - 1, gy * Cell + rng.Next(Cell));
        return (x, y);
    }

    private struct CommitSink : ISpanSink
    {
        public float[] C; public int W; public float R, G, B;
        public int MinX, MinY, MaxX, MaxY;
        public readonly bool WantsHeight => false;

        public readonly bool WantsAlong => false;

        public void Span(int y, int x0, in ShadedRun run)
        {
            var coverage = run.Coverage;
            var c = C.AsSpan((y * W + x0) * 3, coverage.Length * 3);
            for (int i = 0, j = 0; i < coverage.Length; i++, j += 3)
            {
                float a = coverage[i];
                c[j] += a * (R - c[j]); c[j + 1] += a * (G - c[j + 1]); c[j + 2] += a * (B - c[j + 2]);
            }
            MinX = Math.Min(MinX, x0); MaxX = Math.Max(MaxX, x0 + coverage.Length - 1);
            MinY = Math.Min(MinY, y); MaxY = Math.Max(MaxY, y);
        }
    }
}
