using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Scenes;

/// <summary>
/// Paints a person with a few deliberate strokes over its <see cref="Skeleton"/>: its shadow on the ground, cast from
/// where the body meets it (under the feet, or the knee and foot, or the seat), so it stands on it; a thin rim of
/// contrasting light round the body, legs, a coat for some, the back, arms and the head, each limb one tapered round stroke.
/// </summary>
internal static class FigureStrokes
{
    /// <summary>The strokes of <paramref name="posed"/>, in painting order.</summary>
    /// <param name="posed">The figure in its pose, working pixels.</param>
    /// <param name="look">Its colours.</param>
    /// <param name="marks">The mark maker.</param>
    /// <param name="shadowDir">Which way its shadow falls: +1 right, −1 left.</param>
    public static List<Stroke> Paint(PosedFigure posed, FigureLook look, Marks marks, float shadowDir)
    {
        var (p, s, build) = (posed.Placed, posed.Skeleton, posed.Build);
        float h = p.Height;
        var At = posed.At;
        var shadows = Shadow(posed, look, marks, shadowDir);
        var strokes = new List<Stroke>();
        var body = look.Body;
        float legW = h * 0.068f * build, armW = h * 0.05f * build, backW = h * 0.175f * build;
        var hipL = (s.Hip.X - 0.035f, s.Hip.Y); var hipR = (s.Hip.X + 0.035f, s.Hip.Y);
        strokes.Add(marks.Make(BrushKind.Round, legW, body, 1f, (0.05f, 0.12f), At(hipL), At(s.Far.Knee), At(s.Far.Foot)));
        strokes.Add(marks.Make(BrushKind.Round, legW, body, 1f, (0.05f, 0.12f), At(hipR), At(s.Near.Knee), At(s.Near.Foot)));
        if (posed.Coat)
        {
            // A long coat or dress: the body widens below the waist.
            strokes.Add(marks.Make(BrushKind.Round, backW * 1.15f, body, 1f, (0.05f, 0.05f),
                At((s.Hip.X, s.Hip.Y + 0.08f)), At((s.Hip.X + 0.005f, s.Hip.Y - 0.2f))));
        }
        var shoulder = (s.Neck.X, s.Neck.Y - 0.02f);
        strokes.Add(marks.Make(BrushKind.Round, backW, body, 1f, (0.04f, 0.3f), At(shoulder), At((s.Neck.X * 0.5f + s.Hip.X * 0.5f,
            (s.Neck.Y + s.Hip.Y) * 0.5f)), At((s.Hip.X, s.Hip.Y - 0.02f))));
        var shFar = (s.Neck.X - 0.095f, s.Neck.Y - 0.03f); var shNear = (s.Neck.X + 0.095f, s.Neck.Y - 0.03f);
        // The line of the shoulders, broader than the waist: what makes a body read as a person from behind.
        strokes.Add(marks.Make(BrushKind.Round, h * 0.07f * build, body, 1f, (0.25f, 0.25f), At((shFar.Item1 - 0.015f, shFar.Item2 + 0.005f)),
            At((s.Neck.X, s.Neck.Y - 0.02f)), At((shNear.Item1 + 0.015f, shNear.Item2 + 0.005f))));
        strokes.Add(marks.Make(BrushKind.Round, armW, body, 1f, (0.05f, 0.2f), At(shFar), At(s.Far.Elbow), At(s.Far.Hand)));
        strokes.Add(marks.Make(BrushKind.Round, armW, body, 1f, (0.05f, 0.2f), At(shNear), At(s.Near.Elbow), At(s.Near.Hand)));
        // The neck and head as one short stroke: the head's width, tapering into the neck.
        var neckTop = (s.Neck.X * 0.5f + s.Head.X * 0.5f, s.Neck.Y + 0.01f);
        strokes.Add(marks.Make(BrushKind.Round, Skeleton.HeadRadius * 2f * h, body, 1f, (0.35f, 0.3f),
            At(neckTop), At((s.Head.X, s.Head.Y - 0.01f)), At((s.Head.X, s.Head.Y + Skeleton.HeadRadius * 0.7f))));
        // The rim: the body's strokes again, a little wider, in the rim's colour and under the body, so a thin contour of
        // light (or of dark, round a pale figure) parts the figure from any ground.
        float rim = h * 0.034f * marks.Scale;
        var rims = strokes.Select(b => b with { Width = b.Width + rim, Color = look.Rim, Opacity = look.RimOpacity, Seed = b.Seed ^ 0x5A5A });
        // The body twice over: one layer of paint lets the rim's colour through where the strokes are broad.
        var again = strokes.Select(b => b with { Seed = b.Seed ^ 0xB0D7 });
        // The pool over the rim, so no light seam parts the feet from the ground they stand on.
        return [shadows.Cast, .. rims, shadows.Pool, .. strokes, .. again];
    }

    // The shadow: a dark pool along where the body touches the ground (the joints at ground level), then the cast shadow
    // leaving it away from the light, fading as it goes.
    private static (Stroke Pool, Stroke Cast) Shadow(PosedFigure posed, FigureLook look, Marks marks, float shadowDir)
    {
        var (p, s) = (posed.Placed, posed.Skeleton);
        float h = p.Height;
        var touch = new[] { s.Far.Foot, s.Near.Foot, s.Far.Knee, s.Near.Knee, s.Hip }.Where(q => q.Y < 0.1f).Select(posed.At)
            .OrderBy(q => q.X).ToList();
        float left = touch[0].X - h * 0.05f, right = touch[^1].X + h * 0.05f, y = p.Y + h * 0.015f;
        float from = shadowDir > 0 ? left : right;
        return (marks.Make(BrushKind.Round, h * 0.06f, look.Shadow, 0.6f, (0.2f, 0.2f), (left, y), ((left + right) / 2, y + h * 0.004f), (right, y)),
            marks.Make(BrushKind.Round, h * 0.045f, look.Shadow, 0.42f, (0.05f, 0.5f), (from, y),
                (from + shadowDir * h * 0.5f, y + h * 0.025f)));
    }
}
