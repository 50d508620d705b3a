using Echoes.Export;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Pipeline;
using Echoes.Rendering;
using Echoes.Scenes;
using SkiaSharp;

namespace Echoes.Bench;

/// <summary>
/// Contact sheets to judge the look by eye: each photo in every style beside the anchors, in every mood, 100 % crops of
/// its sharpest region, the example scenes beside the ink landscapes, and (with --blind) unlabelled pairs of ours and
/// the 1998 painter's for a viewer who must not know which is which.
/// </summary>
internal static class ContactSheet
{
    private const int Tile = 512, Crop = 384, Gap = 12, LabelH = 30;

    // The mood sheet's moods, and a blend.
    private static readonly (string Label, Mood Mood)[] MoodRows = [.. MoodSheet.Moods, ("sorrow+love", new Mood(0, 0.5f, 0.5f, 0))];

    public static void Run(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        string outDir = Arg("--out", "sheet"), images = Arg("--images", "../shared/images"), anchors = Arg("--anchors", "../shared/anchors");
        int size = int.Parse(Arg("--size", "1024"));
        Directory.CreateDirectory(Path.Combine(outDir, "full"));
        var photos = Directory.GetFiles(images).Where(f => Canvas.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order();
        foreach (var photo in photos)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            PhotoSheets(photo, anchors, outDir, size, args.Contains("--blind"));
            Console.WriteLine($"{Path.GetFileName(photo)}: {sw.Elapsed.TotalSeconds:F1} s");
        }
        if (!args.Contains("--no-scenes")) SceneSheet(Arg("--scenes", "examples"), anchors, outDir, size);
        Console.WriteLine($"sheets in {Path.GetFullPath(outDir)}");
    }

    private static void PhotoSheets(string photoPath, string anchors, string outDir, int size, bool blind)
    {
        string name = Path.GetFileNameWithoutExtension(photoPath);
        var photo = Images.Load(photoPath);
        double k = size / (double)Math.Max(photo.Width, photo.Height);
        var reference = photo.ToPicture().Resize((int)Math.Round(photo.Width * k), (int)Math.Round(photo.Height * k));
        var styles = Styles.All.ToDictionary(kv => kv.Key, kv => Paint(photoPath, kv.Value, Mood.None, size));
        var named = new List<(string, Canvas?)> { ("photo", reference.ToCanvas()) };
        foreach (var kind in new[] { "impressionist", "expressionist" })
            named.Add(($"hertzmann {kind}", Anchor(anchors, $"{name}-hertzmann-{kind}")));
        named.Add(("", null));
        named.AddRange(styles.Select(kv => (kv.Key, (Canvas?)kv.Value)));
        Save(Grid(named, 4, Tile), Path.Combine(outDir, $"{name}-styles.png"));
        foreach (var (style, canvas) in styles) Save(canvas, Path.Combine(outDir, "full", $"{name}-{style}.png"));

        var moods = MoodRows.Select(m => (m.Label, (Canvas?)Paint(photoPath, Styles.Expressive, m.Mood, size))).ToList();
        Save(Grid(moods, 3, Tile), Path.Combine(outDir, $"{name}-moods.png"));

        var refCanvas = reference.ToCanvas();
        var (cx, cy) = SharpestWindow(refCanvas, Crop);
        var crops = named.Where(n => n.Item2 is not null)
            .Select(n => (n.Item1, (Canvas?)CropOf(n.Item2!, cx / (double)refCanvas.Width, cy / (double)refCanvas.Height, Crop))).ToList();
        Save(Grid(crops, 4, Crop), Path.Combine(outDir, $"{name}-crops.png"));
        if (blind) BlindPair(name, styles["expressive"], Anchor(anchors, $"{name}-hertzmann-impressionist"), outDir);
    }

    private static Canvas Paint(string photoPath, PaintOptions style, Mood mood, int size)
    {
        var photo = PhotoSource.Load(photoPath, style);
        var plan = PaintPipeline.Paint(photo, photo.Options(style, mood: mood.IsNone ? null : mood));
        return Renderer.Render(plan, longSide: size);
    }

    private static Canvas? Anchor(string folder, string stem)
    {
        var path = Path.Combine(folder, stem + ".jpg");
        return File.Exists(path) ? Images.Load(path) : null;
    }

    private static void SceneSheet(string folder, string anchors, string outDir, int size)
    {
        var tiles = new List<(string, Canvas?)>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order())
        {
            var source = new SceneSource(Scene.Load(file));
            var plan = PaintPipeline.Paint(source, source.Options(Styles.Expressive));
            var canvas = Renderer.Render(plan, longSide: size);
            Save(canvas, Path.Combine(outDir, "full", $"scene-{Path.GetFileNameWithoutExtension(file)}.png"));
            tiles.Add((Path.GetFileNameWithoutExtension(file), canvas));
        }
        if (Directory.Exists(anchors))
            foreach (var f in Directory.GetFiles(anchors, "shanshui-*.jpg").Order())
                tiles.Add((Path.GetFileNameWithoutExtension(f), Images.Load(f)));
        Save(Grid(tiles, 2, 2 * Tile), Path.Combine(outDir, "scenes.png"));
    }

    /// <summary>Ours and the anchor side by side in a random order; the key goes to its own file.</summary>
    private static void BlindPair(string name, Canvas ours, Canvas? anchor, string outDir)
    {
        if (anchor is null) return;
        var dir = Directory.CreateDirectory(Path.Combine(outDir, "blind")).FullName;
        bool oursLeft = Random.Shared.Next(2) == 0;
        var pair = oursLeft ? new List<(string, Canvas?)> { ("A", ours), ("B", anchor) } : [("A", anchor), ("B", ours)];
        Save(Grid(pair, 2, 2 * Tile), Path.Combine(dir, $"{name}.png"));
        File.AppendAllText(Path.Combine(dir, "key.txt"), $"{name}: Echoes is {(oursLeft ? "A" : "B")}\n");
    }

    /// <summary>The centre of the crop-sized window with the most gradient energy: where the photo's detail is.</summary>
    private static (int X, int Y) SharpestWindow(Canvas c, int crop)
    {
        int step = Math.Max(8, crop / 8), best = 0;
        (int, int) at = (c.Width / 2, c.Height / 2);
        for (int y = crop / 2; y + crop / 2 <= c.Height; y += step)
            for (int x = crop / 2; x + crop / 2 <= c.Width; x += step)
            {
                int e = Energy(c, x - crop / 2, y - crop / 2, crop);
                if (e > best) (best, at) = (e, (x, y));
            }
        return at;
    }

    private static int Energy(Canvas c, int x0, int y0, int crop)
    {
        long sum = 0;
        for (int y = y0 + 1; y < y0 + crop; y += 2)
            for (int x = x0 + 1; x < x0 + crop; x += 2)
            {
                int i = (y * c.Width + x) * 4;
                sum += Math.Abs(c.Pixels[i + 1] - c.Pixels[i - 3]) + Math.Abs(c.Pixels[i + 1] - c.Pixels[i + 1 - c.Width * 4]);
            }
        return (int)Math.Min(int.MaxValue, sum);
    }

    // The same photo-relative window, at each image's own pixels (100 %).
    private static Canvas CropOf(Canvas c, double fx, double fy, int crop)
    {
        int w = Math.Min(crop, c.Width), h = Math.Min(crop, c.Height);
        int x0 = Math.Clamp((int)(fx * c.Width) - w / 2, 0, c.Width - w), y0 = Math.Clamp((int)(fy * c.Height) - h / 2, 0, c.Height - h);
        var sub = new Canvas(w, h);
        for (int y = 0; y < h; y++)
            c.Pixels.AsSpan(((y0 + y) * c.Width + x0) * 4, w * 4).CopyTo(sub.Pixels.AsSpan(y * w * 4));
        return sub;
    }

    private static Canvas Grid(List<(string Label, Canvas? Image)> tiles, int columns, int tile)
    {
        int rows = (tiles.Count + columns - 1) / columns;
        int th = tiles.Where(t => t.Image is not null).Max(t => (int)(t.Image!.Height * (tile / (double)t.Image.Width)));
        using var sheet = new SKBitmap(Gap + columns * (tile + Gap), Gap + rows * (th + LabelH + Gap));
        using (var sk = new SKCanvas(sheet))
        {
            sk.Clear(new SKColor(246, 242, 234));
            for (int i = 0; i < tiles.Count; i++)
            {
                if (tiles[i].Image is not { } img) continue;
                float x = Gap + i % columns * (tile + Gap), y = Gap + i / columns * (th + LabelH + Gap);
                using var bmp = img.ToBitmap();
                using var image = SKImage.FromBitmap(bmp);
                float h = img.Height * (tile / (float)img.Width);
                sk.DrawImage(image, new SKRect(x, y, x + tile, y + h), new SKSamplingOptions(SKCubicResampler.Mitchell));
                Labels.Draw(sk, tiles[i].Label, x, y + th + LabelH * 0.75f, LabelH * 0.6f, new SKColor(50, 44, 40));
            }
        }
        return Canvas.FromBitmap(sheet);
    }

    private static void Save(Canvas c, string path) => c.Save(path);
}
