namespace Echoes.Painting;

/// <summary>
/// The outlines of the colour-field shapes rounded off on their grid: each cell takes the shape most of its neighbours
/// belong to, a few times over, then the islands this leaves are taken into the shape around them, and every connected
/// piece is numbered as a shape of its own.
/// </summary>
internal static class FieldOutlines
{
    /// <summary>The rounded shapes of <paramref name="label"/> (a w × h grid), none smaller than
    /// <paramref name="least"/> cells unless it is alone, numbered 0 … shapes − 1 by first appearance.</summary>
    public static int[] Round(int[] label, int w, int h, int least)
    {
        int k = label.Max() + 1;
        for (int pass = 0; pass < 2; pass++) label = Smooth(label, w, h, k);
        var pieces = Pieces(label, w, h);
        foreach (var piece in pieces.Where(p => p.Cells.Count < least && p.Around.Count > 0))
        {
            int into = piece.Around.MaxBy(e => e.Value).Key;
            foreach (int i in piece.Cells) label[i] = into;
        }
        var result = new int[label.Length];
        int shape = 0;
        foreach (var piece in Pieces(label, w, h)) { foreach (int i in piece.Cells) result[i] = shape; shape++; }
        return result;
    }

    // Each cell takes the shape most of its eight neighbours belong to: the outlines round off, yet a narrow decisive
    // shape (a rocket, a mast) two cells wide survives.
    private static int[] Smooth(int[] label, int w, int h, int k)
    {
        var result = new int[label.Length];
        var votes = new int[k];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                Array.Clear(votes);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        votes[label[Math.Clamp(y + dy, 0, h - 1) * w + Math.Clamp(x + dx, 0, w - 1)]]++;
                int best = label[y * w + x];
                for (int c = 0; c < k; c++) if (votes[c] > votes[best]) best = c;
                result[y * w + x] = best;
            }
        return result;
    }

    // The connected pieces of one label (four-neighbour), in scan order, each with how many of its borders touch each
    // other label.
    private static List<(List<int> Cells, Dictionary<int, int> Around)> Pieces(int[] label, int w, int h)
    {
        var seen = new bool[label.Length];
        var pieces = new List<(List<int>, Dictionary<int, int>)>();
        var stack = new Stack<int>();
        for (int start = 0; start < label.Length; start++)
        {
            if (seen[start]) continue;
            var cells = new List<int>();
            var around = new Dictionary<int, int>();
            stack.Push(start);
            seen[start] = true;
            while (stack.TryPop(out int i))
            {
                cells.Add(i);
                int x = i % w, y = i / w;
                foreach (int j in (ReadOnlySpan<int>)[x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1])
                {
                    if (j < 0) continue;
                    if (label[j] != label[start]) around[label[j]] = around.GetValueOrDefault(label[j]) + 1;
                    else if (!seen[j]) { seen[j] = true; stack.Push(j); }
                }
            }
            pieces.Add((cells, around));
        }
        return pieces;
    }
}
