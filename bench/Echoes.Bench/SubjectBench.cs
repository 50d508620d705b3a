using System.Diagnostics;
using System.Globalization;
using Echoes.Imaging;

namespace Echoes.Bench;

/// <summary>
/// Whether the painting keeps the photo's subject: for each photo of a folder, the luma SSIM over the photo's sharpest
/// tenth (<see cref="Quality.SubjectSsim"/>) at 1024 px on the long side, against the photo resized to that size, for
/// the default paint, the default with <c>--focus none</c>, optionally another build of the CLI (<c>--baseline</c>:
/// the code before a change), and Hertzmann's 1998 painter (its impressionist and expressionist presets) where
/// <c>--anchors</c> (default ../shared/anchors) holds <c>NAME-hertzmann-*.jpg</c>.
/// </summary>
internal static class SubjectBench
{
    private const int LongSide = 1024;

    public static void Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
        string folder = positional.FirstOrDefault() ?? Path.Combine("..", "shared", "images");
        string cli = Option(args, "--cli") ?? Path.Combine("src", "Echoes.Cli", "bin", "Release", "net10.0", "Echoes.Cli.dll");
        string? baseline = Option(args, "--baseline");
        string anchors = Option(args, "--anchors") ?? Path.Combine("..", "shared", "anchors");
        string? keep = Option(args, "--keep");
        if (!File.Exists(cli)) { Console.Error.WriteLine($"{cli} not found: build the CLI in Release first, or pass --cli PATH"); return; }
        var images = Directory.EnumerateFiles(folder)
            .Where(f => new[] { ".png", ".jpg", ".jpeg", ".webp", ".bmp" }.Contains(Path.GetExtension(f).ToLowerInvariant())).Order().ToList();
        var tmp = keep ?? Directory.CreateTempSubdirectory("echoes-subject").FullName;
        Directory.CreateDirectory(tmp);

        Console.WriteLine($"Luma SSIM over the photo's sharpest tenth, at {LongSide} px on the long side ({Machine.Describe()})\n");
        Console.WriteLine($"| photo | ours | ours --focus none |{(baseline is null ? "" : " baseline |")} Hertzmann impressionist | Hertzmann expressionist |");
        Console.WriteLine($"|---|---:|---:|{(baseline is null ? "" : "---:|")}---:|---:|");
        foreach (var img in images)
        {
            string name = Path.GetFileNameWithoutExtension(img);
            var source = Picture.Load(img);
            double k = LongSide / (double)Math.Max(source.Width, source.Height);
            int w = (int)Math.Round(source.Width * k), h = (int)Math.Round(source.Height * k);
            using var photo = source.Resize(w, h).ToCanvas();
            string Ours(string exe, string label, params string[] extra)
            {
                var output = Path.Combine(tmp, $"{name}-{label}.png");
                Paint(exe, [img, "-o", output, "--width", w.ToString(CultureInfo.InvariantCulture), "-q", .. extra]);
                return Score(output, photo);
            }
            var cells = new List<string> { Ours(cli, "ours"), Ours(cli, "none", "--focus", "none") };
            if (baseline is not null) cells.Add(Ours(baseline, "baseline"));
            foreach (var preset in new[] { "impressionist", "expressionist" })
            {
                var anchor = Path.Combine(anchors, $"{name}-hertzmann-{preset}.jpg");
                cells.Add(File.Exists(anchor) ? Score(anchor, photo) : "–");
            }
            Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
        }
        if (keep is null) Directory.Delete(tmp, true);
    }

    /// <summary>Scores painting files against a photo (resized to 1024 px on the long side), one line each.</summary>
    public static void ScoreFiles(string[] args)
    {
        var source = Picture.Load(args[0]);
        double k = LongSide / (double)Math.Max(source.Width, source.Height);
        using var photo = source.Resize((int)Math.Round(source.Width * k), (int)Math.Round(source.Height * k)).ToCanvas();
        foreach (var painting in args.Skip(1)) Console.WriteLine($"{Score(painting, photo)}  {painting}");
    }

    /// <summary>Writes the focus field the painter finds in a photo (white: the subject), at working size, to look at.</summary>
    public static void FocusMap(string[] args)
    {
        var target = Echoes.Targets.Target.FromPicture(Picture.Load(args[0]), 600).WithFocus(Echoes.Targets.Focus.Auto);
        var field = target.FocusMap!;
        var pic = new Picture(target.Width, target.Height);
        for (int i = 0; i < field.Length; i++)
        {
            float v = Echoes.Color.Srgb.ToLinear(field[i]), s = target.Reference.Pixels[i * 3 + 1];
            (pic.Pixels[i * 3], pic.Pixels[i * 3 + 1], pic.Pixels[i * 3 + 2]) = (v, 0.5f * v + 0.5f * s, s);
        }
        pic.ToCanvas().Save(args[1], 90);
    }

    // The SSIM of a painting file against the photo, the painting resized to the photo's size if it differs.
    private static string Score(string path, Canvas photo)
    {
        using var loaded = Images.Load(path);
        if (loaded.Width == photo.Width && loaded.Height == photo.Height)
            return Quality.SubjectSsim(loaded, photo).ToString("F3", CultureInfo.InvariantCulture);
        using var resized = Picture.Load(path).Resize(photo.Width, photo.Height).ToCanvas();
        return Quality.SubjectSsim(resized, photo).ToString("F3", CultureInfo.InvariantCulture);
    }

    private static void Paint(string cli, string[] args)
    {
        var psi = new ProcessStartInfo(cli.EndsWith(".dll") ? "dotnet" : cli) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (cli.EndsWith(".dll")) psi.ArgumentList.Add(cli);
        psi.ArgumentList.Add("paint");
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"echoes failed: {err}");
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
