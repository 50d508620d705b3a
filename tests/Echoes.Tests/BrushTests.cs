using Echoes.Brushes;
using Echoes.Color;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Tests;

public class BrushTests
{
    [Fact]
    public void Every_kind_has_one_brush_registered_at_its_index()
    {
        var kinds = Enum.GetValues<BrushKind>();
        Assert.Equal(kinds.Length, Brush.All.Count);
        foreach (var kind in kinds) Assert.Equal(kind, Brush.Of(kind).Kind);
        Assert.Equal(Brush.All.Count, Brush.All.Select(b => b.GetType()).Distinct().Count());
    }

    [Fact]
    public void Noise_tables_filled_eight_at_a_time_equal_the_one_sample_form_bit_for_bit()
    {
        // Stroke textures fill their tables eight samples at a time; a painting must not depend on which way they were filled.
        var random = new Random(7);
        for (int trial = 0; trial < 2000; trial++)
        {
            int n = random.Next(9, 1025), i = 8 * random.Next(0, (n - 8) / 8 + 1);
            float cycles = 64f * random.NextSingle();
            uint seed = (uint)random.Next();
            var lanes = TextureLanes.Value1Exact(seed, TextureLanes.Positions(i, n) * cycles);
            for (int k = 0; k < 8; k++)
                Assert.Equal(BitConverter.SingleToInt32Bits(Noise.Value1(seed, (i + k) / (float)(n - 1) * cycles)),
                    BitConverter.SingleToInt32Bits(lanes[k]));
        }
    }

    [Fact]
    public void Brush_names_are_distinct_and_plans_read_them_back()
    {
        Assert.Equal(Brush.All.Count, Brush.All.Select(b => b.Name).Distinct().Count());
        foreach (var b in Brush.All) Assert.Equal(b.Kind, PlanJson.ParseBrush(PlanJson.BrushName(b.Kind)));
        var e = Assert.Throws<FormatException>(() => PlanJson.ParseBrush("sponge"));
        Assert.Contains("known: round, flat, knife, dry-brush, glaze, splatter, drip", e.Message);
    }

    [Theory]
    [InlineData(BrushKind.Round, "body")]
    [InlineData(BrushKind.Knife, "body")]
    [InlineData(BrushKind.Drip, "body and a bead of three lobes")]
    [InlineData(BrushKind.Splatter, "discs")]
    public void Each_brush_lays_its_own_footprint(BrushKind kind, string form)
    {
        var g = new StrokeGeometry();
        g.Build(new Stroke { Brush = kind, Points = [new(10, 10), new(60, 40), new(90, 20)], Width = 12, Color = Rgb.Black, Seed = 3 }, 1f);
        Assert.Same(Brush.Of(kind), g.Brush);
        int expected = form switch { "body" => g.Count, "body and a bead of three lobes" => g.Count - 3, _ => 0 };
        Assert.Equal(expected, g.Body);
        Assert.True(g.Count > 0);
    }

    [Fact]
    public void Brush_weights_are_keyed_by_kind()
    {
        // Given weights naming two kinds
        var w = new BrushWeights((BrushKind.Round, 6), (BrushKind.Drip, 0.5f));

        // Then the others weigh nothing, and changing one makes new weights
        Assert.Equal(6, w[BrushKind.Round]);
        Assert.Equal(0.5f, w[BrushKind.Drip]);
        Assert.Equal(0, w[BrushKind.Glaze]);
        Assert.Equal(6.5f, w.Total);
        var more = w.With(BrushKind.Glaze, 2);
        Assert.Equal(0, w[BrushKind.Glaze]);
        Assert.Equal(2, more[BrushKind.Glaze]);
        Assert.Equal(w, new BrushWeights((BrushKind.Drip, 0.5f), (BrushKind.Round, 6)));
        Assert.NotEqual(w, more);
        Assert.Equal("round: 6, drip: 0.5", w.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => w[(BrushKind)99]);
    }

    [Fact]
    public void Weights_computed_per_kind_cover_every_kind()
    {
        var w = BrushWeights.From(k => (int)k + 1);
        Assert.All(Brush.All, b => Assert.Equal((int)b.Kind + 1, w[b.Kind]));
        Assert.Equal(BrushWeights.None, BrushWeights.From(_ => 0));
    }
}
