using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Targets;

namespace Echoes.Painting;

/// <summary>
/// The working canvas and two coarser copies (½ and ¼ size). Broad candidate strokes are ranked on a coarse level,
/// where they cover 4–16 times fewer pixels; the winner's colour is solved and committed at full size, and every
/// committed stroke is drawn on all levels so they stay in step.
/// </summary>
internal sealed class CanvasPyramid
{
    public readonly WorkCanvas[] Levels;

    public CanvasPyramid(Target target, float r, float g, float b)
    {
        var levels = new List<WorkCanvas> { new(target.Encoded, target.Width, target.Height, r, g, b) };
        var pic = new Picture(target.Width, target.Height);
        target.Encoded.CopyTo(pic.Pixels, 0);
        for (int l = 1; l <= 2; l++)
        {
            int w = target.Width >> l, h = target.Height >> l;
            if (w < 16 || h < 16) break;
            var small = pic.Resize(w, h);
            levels.Add(new WorkCanvas(small.Pixels, w, h, r, g, b));
        }
        Levels = [.. levels];
    }

    public WorkCanvas Full => Levels[0];

    /// <summary>Rebuilds the coarse levels' canvases from the full one (after passes that drew only there).</summary>
    public void Resync()
    {
        var full = new Picture(Full.W, Full.H);
        Full.C.CopyTo(full.Pixels, 0);
        for (int l = 1; l < Levels.Length; l++)
        {
            var small = full.Resize(Levels[l].W, Levels[l].H);
            small.Pixels.CopyTo(Levels[l].C, 0);
            Levels[l].UpdateError(0, 0, Levels[l].W, Levels[l].H);
        }
    }

    /// <summary>Draws a stroke on every level; <paramref name="build"/> flattens it at a level's scale factor.</summary>
    public void Commit(StrokeGeometry geometry, Action<StrokeGeometry, float> build, float r, float g, float b)
    {
        for (int l = 0; l < Levels.Length; l++)
        {
            build(geometry, 1f / (1 << l));
            Levels[l].Commit(geometry, r, g, b);
        }
    }
}
