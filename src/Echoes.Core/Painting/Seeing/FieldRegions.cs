using Echoes.Color;

namespace Echoes.Painting;

/// <summary>
/// The picture's coarse grid cut into connected regions of one colour by merging neighbours, the pair that changes the
/// picture least first (Ward's criterion: the size-weighted squared colour difference), so the large even expanses
/// (a wall, a sky, a coat) become one region each while a small region of a decisive colour (an eye, a lit window)
/// holds out until late, and later still where the subject is (its shapes are what the painting keeps of it).
/// Regions too small to be a shape are taken in early whatever their colour: specks are not fields.
/// </summary>
internal static class FieldRegions
{
    /// <summary>The region (0 … count − 1) of each cell of the <paramref name="w"/> × <paramref name="h"/> grid, after
    /// merging down to <paramref name="count"/> regions; <paramref name="least"/> cells is the smallest shape kept
    /// for its colour alone. The colours are compared as given (scaled by how much each axis should weigh);
    /// <paramref name="focus"/> (0–1 a cell) is where the subject is.</summary>
    public static int[] Merge(Oklab[] lab, float[] focus, int w, int h, int count, int least)
    {
        int n = lab.Length;
        var sum = new float[n * 3];
        var held = (float[])focus.Clone();
        var size = new int[n];
        var stamp = new int[n];
        var parent = new int[n];
        var near = new HashSet<int>[n];
        for (int i = 0; i < n; i++)
        {
            (sum[i * 3], sum[i * 3 + 1], sum[i * 3 + 2], size[i], parent[i]) = (lab[i].L, lab[i].A, lab[i].B, 1, i);
            near[i] = [];
            if (i % w > 0) Link(near, i, i - 1);
            if (i >= w) Link(near, i, i - w);
        }
        double Cost(int a, int b)
        {
            double d = 0;
            for (int c = 0; c < 3; c++) { double e = sum[a * 3 + c] / size[a] - sum[b * 3 + c] / size[b]; d += e * e; }
            // A speck is taken in almost at once, so a field is always a shape one can see.
            double speck = Math.Min(size[a], size[b]) < least ? 0.05 : 1;
            return speck * Subject(Math.Max(held[a] / size[a], held[b] / size[b])) * d * size[a] * size[b] / (size[a] + size[b]);
        }
        var queue = new PriorityQueue<(int A, int B, int Sa, int Sb), double>();
        for (int i = 0; i < n; i++) foreach (int j in near[i]) if (j > i) queue.Enqueue((i, j, 0, 0), Cost(i, j));
        for (int alive = n; alive > count && queue.TryDequeue(out var e, out _);)
        {
            if (e.Sa != stamp[e.A] || e.Sb != stamp[e.B] || parent[e.A] != e.A || parent[e.B] != e.B) continue;
            // b joins a: its colour sums, size and neighbours.
            int a = e.A, b = e.B;
            for (int c = 0; c < 3; c++) sum[a * 3 + c] += sum[b * 3 + c];
            size[a] += size[b];
            held[a] += held[b];
            parent[b] = a;
            stamp[a]++;
            foreach (int j in near[b]) { near[j].Remove(b); if (j != a) Link(near, a, j); }
            near[b].Clear();
            foreach (int j in near[a]) queue.Enqueue(a < j ? (a, j, stamp[a], stamp[j]) : (j, a, stamp[j], stamp[a]), Cost(a, j));
            alive--;
        }
        return Relabel(parent);
    }

    /// <summary>How much dearer a merge is where the subject is (its mean focus, 0–1).</summary>
    public static double Subject(double focus) => 1 + 3 * focus;

    private static void Link(HashSet<int>[] near, int a, int b)
    {
        near[a].Add(b);
        near[b].Add(a);
    }

    // Each cell's root, numbered 0 … regions − 1 in order of first appearance.
    private static int[] Relabel(int[] parent)
    {
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var number = new Dictionary<int, int>();
        var label = new int[parent.Length];
        for (int i = 0; i < parent.Length; i++)
        {
            int r = Root(i);
            if (!number.TryGetValue(r, out int k)) number[r] = k = number.Count;
            label[i] = k;
        }
        return label;
    }
}
