using System.Diagnostics;
using System.Xml.Linq;
using Echoes.Export;
using Echoes.Rendering;

namespace Echoes.Tests;

public class SvgTests
{
    [Fact]
    public void Svg_has_one_element_per_stroke_with_srgb_colours()
    {
        var plan = BrushSampler.Plan();
        var doc = XDocument.Parse(SvgWriter.ToSvg(plan, 700));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var marks = doc.Root!.Elements().Where(e => e.Name == ns + "path" || e.Name == ns + "g" || e.Name == ns + "circle").ToList();
        // Drips are a path and a bead of three lobes, each a circle: three extra elements each.
        int drips = plan.Strokes.Count(s => s.Brush == Strokes.BrushKind.Drip);
        Assert.Equal(plan.Strokes.Count + 3 * drips, marks.Count);
        Assert.Equal("700", doc.Root.Attribute("width")!.Value);
        Assert.Contains(marks, m => m.Attribute("fill")?.Value == plan.Strokes[0].Color.ToHex());
    }

    [Fact]
    public void Svg_in_chromium_matches_the_png_render()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is "true", "CI must install chromium (.ci/run does)");
            Assert.Skip("chromium is not installed here");
        }
        var plan = BrushSampler.Plan();
        var dir = TestImages.TempDir();
        var svg = Path.Combine(dir, "p.svg");
        SvgWriter.Save(plan, svg, 700);
        var shot = Path.Combine(dir, "shot.png");
        var psi = new ProcessStartInfo(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(dir, "profile")}",
            "--force-device-scale-factor=1", $"--window-size={plan.PixelSize(700).Width},{plan.PixelSize(700).Height}", $"--screenshot={shot}", new Uri(svg).AbsoluteUri])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using (var p = Process.Start(psi)!)
        {
            p.StandardError.ReadToEndAsync(); p.StandardOutput.ReadToEndAsync();
            Assert.True(p.WaitForExit(60_000), "chromium did not finish");
        }
        var browser = Images.LoadCanvas(shot);
        var ours = Renderer.Render(plan, width: 700, options: new RenderOptions { Impasto = false });
        Assert.Equal((ours.Width, ours.Height), (browser.Width, browser.Height));
        // Bristle texture is raster-only, so compare at a scale where strokes are solid shapes.
        var a = Images.Decode(browser).Resize(175, 154).ToCanvas();
        var b = Images.Decode(ours).Resize(175, 154).ToCanvas();
        double diff = Images.MeanAbsDiff(a, b);
        Assert.True(diff < 4.0, $"mean difference {diff:F2} between Chromium's SVG and the PNG render");
    }
}
