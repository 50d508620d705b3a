using Echoes.Color;
using Echoes.Imaging;
using Echoes.Painting;
using Echoes.Rendering;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Tests;

/// <summary>The echo style, Echoes' own: a form and its echoes, counted and spaced on the rendered painting.</summary>
public class EchoStyleTests
{
    private const int W = 320, H = 240, R = 30;
    private static readonly (int X, int Y) Centre = (110, 120);

    // A dark red disc on a pale ground: one form, nothing else.
    private static Picture Disc()
    {
        var pic = new Picture(W, H);
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
            {
                float dx = x - Centre.X, dy = y - Centre.Y;
                pic[x, y] = dx * dx + dy * dy < R * R ? new Rgb(0.35f, 0.03f, 0.02f) : new Rgb(0.7f, 0.66f, 0.58f);
            }
        return pic;
    }

    private static StrokePlan Paint(Picture pic, PaintOptions o) => new Painter(o with { WorkingSize = W }).Paint(Target.FromPicture(pic, W));

    private static float Lightness(Canvas c, int x, int y)
    {
        var p = c.ToPicture()[x, y];
        return Srgb.FromLinear(0.3f * p.R + 0.59f * p.G + 0.11f * p.B);
    }

    [Fact]
    public void A_form_sends_its_rings_outward_regularly_spaced_and_stays_itself()
    {
        using var painting = Renderer.Render(Paint(Disc(), Styles.Echo), width: W * 2, options: new RenderOptions { Impasto = false });
        var light = painting.ToPicture();
        float L(float x, float y) => Srgb.FromLinear(light[(int)(x * 2), (int)(y * 2)].Luminance);
        // The thing itself: the disc's middle is still its dark red.
        Assert.True(L(Centre.X, Centre.Y) < 0.4f, $"the disc's middle has lightness {L(Centre.X, Centre.Y):F2}");
        float ground = L(W - 8, 8);
        var counts = new List<int>();
        var gaps = new List<float>();
        for (int a = 0; a < 24; a++)
        {
            float angle = a * MathF.Tau / 24, dx = MathF.Cos(angle), dy = MathF.Sin(angle);
            var dips = new List<float>();
            bool dark = false;
            float lit = 99f;
            // The troughs of the ripples: dark lines on the pale ground, along a ray from just outside the disc; a trough
            // starts where the ray turns dark after at least 1.5 px of lighter paint.
            for (float r = R + 2; ; r += 0.5f)
            {
                float x = Centre.X + dx * r, y = Centre.Y + dy * r;
                if (x < 1 || y < 1 || x >= W - 1 || y >= H - 1) break;
                if (L(x, y) >= ground - 0.15f) { lit = dark ? 0.5f : lit + 0.5f; dark = false; continue; }
                if (!dark && lit >= 1.5f) dips.Add(r);
                dark = true;
            }
            counts.Add(dips.Count);
            gaps.AddRange(dips.Zip(dips.Skip(1), (p, q) => q - p));
        }
        // Rings are broken in places, so a ray may miss one; most rays cross nearly all of them.
        int rings = counts.Order().ElementAt(counts.Count / 2);
        Assert.True(rings >= EchoPass.SubjectRings - 3 && rings <= EchoPass.SubjectRings + 1,
            $"{rings} rings on the median ray; on each ray {string.Join(" ", counts)}");
        // Spaced as the pass sets for a form this size (the gaps widen a little outward, from about one step) and in a
        // rhythm: most gaps are one ring apart, not scattered.
        float step = Math.Clamp(R * 0.45f, W * EchoPass.Spacing * 0.6f, W * EchoPass.Spacing * 1.3f);
        float median = gaps.Order().ElementAt(gaps.Count / 2);
        Assert.InRange(median, 0.8f * step, 2.2f * step);
        double rhythmic = gaps.Count(g => g > 0.6f * step && g < 2.6f * step) / (double)gaps.Count;
        Assert.True(rhythmic > 0.6, $"{rhythmic:P0} of gaps one ring apart; gaps {string.Join(" ", gaps.Select(g => g.ToString("F0")))}");
    }

    [Fact]
    public void The_echoes_are_painted_with_body_and_belong_to_the_form()
    {
        var echo = Paint(Disc(), Styles.Echo);
        var layered = Paint(Disc(), Styles.Echo with { Seeing = Seeing.Layered });
        // The thing is painted first, as the layered pass alone paints it; what follows are the echoes.
        Assert.True(echo.Strokes.Count > layered.Strokes.Count, "no echoes");
        Assert.Equal(layered.Strokes[^1].Points, echo.Strokes[layered.Strokes.Count - 1].Points);
        var echoes = echo.Strokes.Skip(layered.Strokes.Count).ToList();
        float perPixel = echo.Width / W;
        // No pen line: every echo stroke is a brush's width (about 6 px at 1024).
        float thinnest = echoes.Min(s => s.Width) / perPixel;
        Assert.True(thinnest >= EchoPass.MinWidth * W * 0.99f, $"an echo {thinnest:F2} px wide at {W} px");
        // No stray arc: every echo lies among the disc's rings, outside it and within the reach of its last ring (the
        // rings widen a little, drift and sway, so a margin of two steps).
        float step = Math.Clamp(R * 0.45f, W * EchoPass.Spacing * 0.6f, W * EchoPass.Spacing * 1.3f);
        float reach = R + 2.5f * EchoPass.SubjectRings * step;
        var far = echoes.SelectMany(s => s.Points).Select(p => MathF.Sqrt(MathF.Pow(p.X / perPixel - Centre.X, 2)
            + MathF.Pow(p.Y / perPixel - Centre.Y, 2))).ToList();
        Assert.True(far.Max() <= reach, $"an echo {far.Max():F0} px from the disc's centre (reach {reach:F0})");
        Assert.True(far.Min() >= R, $"an echo {far.Min():F0} px from the disc's centre, over the disc");
        // And each is a stretch of a ring, not a dab: the strokes are laid along runs of at least a few widths.
        Assert.All(echoes, s => Assert.True(s.Points.Length >= 2));
    }

    // A close-up: a large disc of broad, busy stripes (a tabby's head filling much of the frame) on a plain pale ground;
    // the focus is given as a scene would give it: the whole head held, one eye in it held hardest.
    private static (Picture, float[]) CloseUp(int cx, int cy, int r)
    {
        var pic = new Picture(W, H);
        var focus = new float[W * H];
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
            {
                float dx = x - cx, dy = y - cy, v = MathF.Sin((x + 0.5f * y) * 0.35f) > 0 ? 0.2f : 0.65f;
                bool head = dx * dx + dy * dy < r * r, eye = MathF.Pow(dx - 40, 2) + MathF.Pow(dy + 20, 2) < 196;
                pic[x, y] = !head ? new Rgb(0.72f, 0.7f, 0.66f) : eye ? new Rgb(0.05f, 0.12f, 0.03f) : new Rgb(v, v * 0.75f, v * 0.5f);
                focus[y * W + x] = eye ? 1f : head ? 0.5f : 0f;
            }
        return (pic, focus);
    }

    [Fact]
    public void A_close_ups_whole_subject_echoes_from_its_outline_into_the_ground()
    {
        // The head fills the frame but for the ground on the right; its eye is the sharpest, compact part.
        const int Cx = 100, Cy = 120, Big = 120;
        var (pic, focus) = CloseUp(Cx, Cy, Big);
        StrokePlan Painted(PaintOptions o) => new Painter(o with { WorkingSize = W }).Paint(Target.FromPicture(pic, W).WithSubject(focus));
        var echo = Painted(Styles.Echo);
        var layered = Painted(Styles.Echo with { Seeing = Seeing.Layered });
        float perPixel = echo.Width / W;
        var from = echo.Strokes.Skip(layered.Strokes.Count).SelectMany(s => s.Points)
            .Select(p => MathF.Sqrt(MathF.Pow(p.X / perPixel - Cx, 2) + MathF.Pow(p.Y / perPixel - Cy, 2)) - Big).ToList();
        Assert.True(from.Count > 40, $"{from.Count} echo points");
        // In the ground, not over the thing: the eye's own rings, finding no room, would lie over the stripes.
        float over = from.Count(d => d < -0.1f * Big) / (float)from.Count;
        Assert.True(over < 0.1f, $"{over:P0} of echo points over the subject");
        // Rings of the head's outline: spread out from it over several ring steps, not one stroke beside it.
        Assert.True(from.Max() - Math.Max(0, from.Min()) > 3 * W * EchoPass.Spacing, $"echoes from {from.Min():F0} to {from.Max():F0} px off the outline");
    }

    [Fact]
    public void Without_the_echoes_the_ground_around_a_form_is_plain()
    {
        // What the rings are measured against: the same disc painted by the layered pass alone has no dark rings.
        using var painting = Renderer.Render(Paint(Disc(), Styles.Echo with { Seeing = Seeing.Layered }), width: W * 2,
            options: new RenderOptions { Impasto = false });
        var light = painting.ToPicture();
        float ground = Srgb.FromLinear(light[W * 2 - 16, 16].Luminance);
        int dark = 0;
        for (float r = R + 4; r < R + 60; r += 0.5f)
            if (Srgb.FromLinear(light[(Centre.X + (int)r) * 2, Centre.Y * 2].Luminance) < ground - 0.15f) dark++;
        Assert.True(dark < 4, $"{dark} dark samples beside the disc");
    }

    [Theory]
    [InlineData("chelsea.png")]
    [InlineData("astronaut.png")]
    [InlineData("coffee.png")]
    public void The_main_masses_and_colours_stay_where_they_are_in_the_source(string photo)
    {
        var source = Picture.Load(TestImages.Photo(photo), 240);
        var plan = new Painter(Styles.Echo with { WorkingSize = 240 }).Paint(Target.FromPicture(source, 240));
        var painting = SeeingMeasures.Flat(plan, source.Width);
        double inPlace = SeeingMeasures.LowResError(painting, source), flipped = SeeingMeasures.LowResError(painting, UpsideDown.Of(source));
        Assert.True(inPlace < 0.1, $"low-resolution error {inPlace:F3}");
        Assert.True(inPlace < 0.6 * flipped, $"low-resolution error {inPlace:F3}, against the source upside down {flipped:F3}");
    }
}
