using Echoes.Brushes;
using Echoes.Color;
using Echoes.Strokes;

namespace Echoes.Painting;

/// <summary>
/// The style's hand: which brush, how much paint, how opaque, and how each chosen colour is put down (snapped toward
/// the limited palette, jittered in Oklab). Colours here are in the encoded working space.
/// </summary>
internal sealed class Brushwork
{
    private readonly PaintOptions _o;
    private readonly Palette? _palette;
    private readonly float[] _cumulative;

    public Brushwork(PaintOptions options, Palette? palette, float logicalPerPixel)
    {
        _o = options;
        _palette = palette;
        LogicalPerPixel = logicalPerPixel;
        _cumulative = new float[Brush.All.Count];
        float acc = 0;
        for (int i = 0; i < _cumulative.Length; i++) { acc += Math.Max(0, options.BrushMix[Brush.All[i].Kind]); _cumulative[i] = acc; }
    }

    /// <summary>Logical plan units per working pixel.</summary>
    public float LogicalPerPixel { get; }

    public BrushKind PickBrush(Random rng)
    {
        float r = rng.NextSingle() * _cumulative[^1];
        for (int i = 0; i < _cumulative.Length; i++) if (r < _cumulative[i]) return Brush.All[i].Kind;
        return BrushKind.Round;
    }

    public float PickOpacity(Random rng) => _o.Opacity.Min + (_o.Opacity.Max - _o.Opacity.Min) * rng.NextSingle();

    public float PickLoad(Random rng) => _o.Load.Min + (_o.Load.Max - _o.Load.Min) * rng.NextSingle();

    /// <summary>The colour the stroke is actually painted with.</summary>
    public (float R, float G, float B) Styled(float r, float g, float b, Random rng)
    {
        if (_palette is null && _o.ColorJitter <= 0) return (r, g, b);
        var lab = Oklab.FromLinear(new Rgb(Srgb.ToLinear(r), Srgb.ToLinear(g), Srgb.ToLinear(b)));
        if (_palette is not null) lab = _palette.Snap(lab, _o.PaletteStrength);
        if (_o.ColorJitter > 0)
        {
            float j = _o.ColorJitter;
            lab = new Oklab(lab.L + (rng.NextSingle() - 0.5f) * 2 * j, lab.A + (rng.NextSingle() - 0.5f) * j, lab.B + (rng.NextSingle() - 0.5f) * j);
        }
        var c = lab.ToOklch().ToLinearInGamut();
        return (Srgb.FromLinear(c.R), Srgb.FromLinear(c.G), Srgb.FromLinear(c.B));
    }
}
